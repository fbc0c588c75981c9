import { checkFrameworkAgreement, findCpv } from '@mutualis/procurement-rules';
import { TenderEvent } from '@mutualis/shared/contracts';
import { CreateTender } from './tender.commands';
import { refuse, refuseBreaches } from './tender-refusal';
import { TenderState } from './tender.state';

/**
 * Creates a tender for the consortium's beneficiaries. Its estimated value is the sum of its lots, the whole
 * operation's (T1); a framework agreement has a maximum and a lawful duration (T8); a tender of one lot states why
 * it is not allotted (T9).
 */
export function createTender({ tender }: CreateTender, state: TenderState): TenderEvent[] {
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
  return [{ type: 'tender.TenderCreated', data: { ...tender, cpvCode: cpv.code, estimatedCents } }];
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
