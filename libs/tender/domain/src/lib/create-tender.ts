import { checkFrameworkAgreement, findCpv, valueOverWholeDuration } from '@mutualis/procurement-rules';
import { ClosedCensus, PlaceOfExecution, TenderEvent } from '@mutualis/shared/contracts';
import { CreateTender } from './tender.commands';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/**
 * Creates a tender for the consortium's beneficiaries. Its estimated value is the sum of its lots over the whole
 * duration, the reconductions it announces included, the whole operation's (T1); a framework agreement has a maximum
 * and a lawful total duration, reconductions included (T8); a tender of one lot states why it is not allotted (T9).
 */
export function createTender({ tender, census }: CreateTender, state: TenderState): TenderEvent[] {
  if (state.created) throw refuse('this tender already exists', { rule: 'tender-already-created' });
  const cpv = findCpv(tender.cpvCode);
  if (!cpv) {
    throw refuse(`unknown CPV code ${tender.cpvCode}`, {
      rule: 'unknown-cpv-code',
      legalReference: 'Règlement (CE) 213/2008',
      values: { unknown: [tender.cpvCode] },
    });
  }
  const numbers = tender.lots.map((lot) => lot.number);
  if (numbers.length === 0 || new Set(numbers).size !== numbers.length) {
    throw refuse('a tender has at least one lot, each numbered once', {
      rule: 'lots-invalid',
      values: { lots: numbers },
    });
  }
  if (tender.beneficiaries.length === 0) {
    throw refuse('a tender covers the needs of at least one member', { rule: 'no-beneficiaries' });
  }
  requireAllotmentOrReason(tender.lots.length, tender.nonAllotment);
  if ((tender.specificServicesCategory ?? null) !== null && tender.nature !== 'services') {
    throw refuse('only services can be social and other specific services of the CCP’s annex', {
      rule: 'specific-services-not-services',
      legalReference: 'R2123-1 3°',
      values: { nature: tender.nature, specificServicesCategory: tender.specificServicesCategory },
    });
  }
  requireReconductionsOfTheInitialPeriod(tender);
  requirePlaceCode(tender.placeOfExecution);
  if (tender.framework) {
    if (tender.framework.maximumCents !== null && tender.framework.maximumCents < 1) {
      throw refuse('a framework agreement’s maximum is a positive amount', {
        rule: 'framework-maximum-invalid',
      });
    }
    refuseBreaches(
      checkFrameworkAgreement({
        maximumCents: tender.framework.maximumCents,
        durationMonths: tender.framework.durationMonths,
        reconductionMonths: reconductionMonths(tender),
        // An entité adjudicatrice (utilities) is held to 96 months, a pouvoir adjudicateur to 48.
        buyer: tender.buyer === 'utility' ? 'entity-operator' : 'public-authority',
        justification: tender.framework.justification,
      }),
    );
  }
  // T1 (R2121-1): each lot over the whole duration, its reconductions included; a framework agreement is valued at its
  // maximum over its whole duration when that exceeds the lots' needs.
  const lots = tender.lots.map((lot) => ({
    ...lot,
    estimatedCents: wholeDurationCents(lot.estimatedCents, tender),
  }));
  const lotsCents = lots.reduce((sum, lot) => sum + lot.estimatedCents, 0);
  const estimatedCents = Math.max(lotsCents, tender.framework?.maximumCents ?? 0);
  if (!Number.isSafeInteger(estimatedCents)) {
    throw refuse('the estimated value is beyond what an amount in cents can hold', {
      rule: 'estimated-value-out-of-range',
    });
  }
  requireCensusCovered(tender, census, estimatedCents);
  return [{ type: 'tender.TenderCreated', data: { ...tender, lots, cpvCode: cpv.code, estimatedCents } }];
}

/** The months the announced reconductions add to the initial period (C9), 0 without any. */
function reconductionMonths({ reconductions }: CreateTender['tender']): number {
  return reconductions ? reconductions.count * reconductions.monthsEach : 0;
}

/** T1 (R2121-1): a lot's value over its initial period, carried over the reconductions announced. */
function wholeDurationCents(initialPeriodCents: number, { reconductions }: CreateTender['tender']): number {
  if (!reconductions) return initialPeriodCents;
  try {
    return valueOverWholeDuration(initialPeriodCents, {
      initialMonths: reconductions.initialMonths,
      renewals: reconductions.count,
      monthsPerRenewal: reconductions.monthsEach,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw refuse('the estimated value is beyond what an amount in cents can hold', {
      rule: 'estimated-value-out-of-range',
    });
  }
}

/**
 * C9 (R2112-4): the reconductions are announced with the total duration: the initial period they reconduct, at least
 * one reconduction of at least a month. For an accord-cadre the initial period is its duration.
 */
function requireReconductionsOfTheInitialPeriod({ reconductions, framework }: CreateTender['tender']): void {
  if (!reconductions) return;
  const { initialMonths, count, monthsEach } = reconductions;
  if (![initialMonths, count, monthsEach].every((n) => Number.isSafeInteger(n) && n >= 1)) {
    throw refuse(
      'reconductions state the initial period, their number and the length of each, in whole months',
      {
        rule: 'reconductions-invalid',
        legalReference: 'R2112-4',
        values: { initialMonths, count, monthsEach },
      },
    );
  }
  if (framework && framework.durationMonths !== initialMonths) {
    throw refuse(
      `the accord-cadre’s reconductions renew its ${framework.durationMonths} months, not ${initialMonths}`,
      {
        rule: 'reconductions-initial-period-mismatch',
        legalReference: 'R2112-4',
        values: { initialMonths, durationMonths: framework.durationMonths },
      },
    );
  }
}

/** The INSEE code of a commune, department or region, or a country's ISO 3166-1 alpha-2 code (DECP lieuExecution). */
const PLACE_CODE: Record<PlaceOfExecution['kind'], RegExp> = {
  commune: /^(\d{5}|2[AB]\d{3})$/,
  department: /^(\d{2}|2[AB]|97[1-6])$/,
  region: /^\d{2}$/,
  country: /^[A-Z]{2}$/,
};

function requirePlaceCode(place: PlaceOfExecution | null): void {
  if (place && !PLACE_CODE[place.kind]?.test(place.code)) {
    throw refuse(`${place.code} is not the code of a ${place.kind}`, {
      rule: 'place-of-execution-invalid',
      values: { code: place.code, kind: place.kind },
    });
  }
}

/**
 * T1 (R2121-1): a tender that answers a needs census comes after its closure, covers the members who expressed needs
 * in it, and is valued at no less than the census's total (every member, lot, option and renewal over the whole
 * duration): the procedure is chosen on the value of the whole need, never on a share of it.
 */
function requireCensusCovered(
  tender: CreateTender['tender'],
  census: ClosedCensus | null,
  estimatedCents: number,
): void {
  if (tender.censusId === null) return;
  if (!census || census.censusId !== tender.censusId) {
    throw refuse('the needs census is not closed (or not yet known to the tender service)', {
      rule: 'census-not-closed',
      legalReference: 'R2121-1',
      values: { censusId: tender.censusId },
    });
  }
  if (census.consortiumId !== tender.consortiumId) {
    throw refuse('the needs census is another consortium’s', { rule: 'census-of-another-consortium' });
  }
  const withoutNeeds = tender.beneficiaries.filter((siret) => !census.beneficiaries.includes(siret));
  if (withoutNeeds.length > 0) {
    throw refuse('a beneficiary expressed no needs in the census', {
      rule: 'beneficiary-without-needs',
      legalReference: 'R2121-1',
      values: { withoutNeeds },
    });
  }
  if (estimatedCents < census.totalCents) {
    throw refuse('the estimated value is below the needs the census totalled', {
      rule: 'estimate-below-census',
      legalReference: 'R2121-1',
      values: { estimatedCents, censusCents: census.totalCents },
    });
  }
}

/** T9 (L2113-10, L2113-11): allotment is the rule; one lot needs a ground of L2113-11 and an express motivation. */
function requireAllotmentOrReason(lots: number, nonAllotment: CreateTender['tender']['nonAllotment']): void {
  if (lots > 1 && nonAllotment) {
    throw refuse('an allotted tender states no reason not to allot', {
      rule: 'allotted-with-non-allotment-ground',
    });
  }
  if (lots === 1 && (!nonAllotment || nonAllotment.motivation.trim().length === 0)) {
    throw refuse('a tender of one lot must state the L2113-11 ground and motivate it expressly', {
      rule: 'non-allotment-not-motivated',
      legalReference: 'L2113-11',
    });
  }
}
