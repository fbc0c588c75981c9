import { checkFrameworkAgreement, findCpv } from '@mutualis/procurement-rules';
import { ClosedCensus, TenderEvent } from '@mutualis/shared/contracts';
import { CreateTender } from './tender.commands';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/**
 * Creates a tender for the consortium's beneficiaries. Its estimated value is the sum of its lots, the whole
 * operation's (T1); a framework agreement has a maximum and a lawful duration (T8); a tender of one lot states why
 * it is not allotted (T9).
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
        buyer: tender.buyer === 'utility' ? 'entity-operator' : 'public-authority',
        justification: tender.framework.justification,
      }),
    );
  }
  // T1: a framework agreement is valued at its maximum over its whole duration when that exceeds the lots' needs.
  const lotsCents = tender.lots.reduce((sum, lot) => sum + lot.estimatedCents, 0);
  const estimatedCents = Math.max(lotsCents, tender.framework?.maximumCents ?? 0);
  if (!Number.isSafeInteger(estimatedCents)) {
    throw refuse('the estimated value is beyond what an amount in cents can hold', {
      rule: 'estimated-value-out-of-range',
    });
  }
  requireCensusCovered(tender, census, estimatedCents);
  return [{ type: 'tender.TenderCreated', data: { ...tender, cpvCode: cpv.code, estimatedCents } }];
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
