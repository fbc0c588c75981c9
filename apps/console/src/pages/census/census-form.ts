import type { OpenCensusBody } from '../../api/schemas';
import type { RuleFields } from '../../forms/problem-fields';

/** What « Ouvrir un recensement » holds, as typed. */
export interface CensusForm {
  object: string;
  cpvCode: string;
  lots: string[];
  initialMonths: string;
  renewals: string;
  monthsPerRenewal: string;
  options: string;
}

export const blankCensus = (): CensusForm => ({
  object: '',
  cpvCode: '',
  lots: [''],
  initialMonths: '12',
  renewals: '3',
  monthsPerRenewal: '12',
  options: 'aucune',
});

export const CENSUS_FIELDS = [
  'object',
  'cpvCode',
  'lots',
  'duration.initialMonths',
  'duration.renewals',
  'duration.monthsPerRenewal',
  'options',
] as const;

export const CENSUS_RULE_FIELDS: RuleFields = {
  'unknown-cpv-code': 'cpvCode',
  'census-lots-invalid': 'lots',
};

const integer = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The body of `POST …/censuses`: lots numbered from 1 in the order typed. */
export function censusBody(form: CensusForm): OpenCensusBody {
  return {
    object: form.object.trim(),
    cpvCode: form.cpvCode.trim(),
    lots: form.lots.map((title, index) => ({ number: index + 1, title: title.trim() })),
    duration: {
      initialMonths: integer(form.initialMonths),
      renewals: integer(form.renewals),
      monthsPerRenewal: integer(form.monthsPerRenewal),
    },
    options: form.options.trim(),
  };
}
