/**
 * Rule C8 (domain-rules §6.6): the paiement direct of a subcontractor. An accepted subcontractor whose payment terms
 * the buyer approved (agrément) is paid directly by the buyer (L2193-10) when the subcontract is at least 600 € TTC
 * (R2193-10); below, it has the action directe of loi 75-1334 against the buyer instead. No direct payment covers
 * work done before the acceptance.
 */
import { compareDates } from './calendar';
import { requireDate, requireWhole } from './input-checks';
import type { RuleBreach } from './rule-breach';

/** R2193-10: direct payment from this subcontract amount TTC up (600 € TTC is paid directly). */
export const DIRECT_PAYMENT_FLOOR_CENTS_TTC = 60_000;

/**
 * Rule C8: why a subcontractor cannot be paid directly, or []. `acceptedOn` is the day the buyer accepted the
 * subcontractor and approved its payment terms (null: not yet); `workFrom` the first day of the work to be paid.
 */
export function checkDirectPayment(input: {
  subcontractCentsTTC: number;
  acceptedOn: string | null;
  workFrom: string;
}): RuleBreach[] {
  const subcontractCentsTTC = requireWhole('subcontractCentsTTC', input.subcontractCentsTTC);
  const acceptedOn = input.acceptedOn === null ? null : requireDate('acceptedOn', input.acceptedOn);
  const workFrom = requireDate('workFrom', input.workFrom);

  const breaches: RuleBreach[] = [];
  if (acceptedOn === null) {
    breaches.push({
      rule: 'subcontractor-not-accepted',
      legalReference: 'L2193-10',
      message: 'only a subcontractor accepted, with its payment terms approved, is paid directly',
      values: { acceptedOn },
    });
  }
  if (subcontractCentsTTC < DIRECT_PAYMENT_FLOOR_CENTS_TTC) {
    breaches.push({
      rule: 'subcontract-below-direct-payment-floor',
      legalReference: 'R2193-10',
      message: `a subcontract of ${subcontractCentsTTC} cents TTC is under the ${DIRECT_PAYMENT_FLOOR_CENTS_TTC} cents TTC of direct payment: the subcontractor has the action directe of loi 75-1334`,
      values: { subcontractCentsTTC, floorCentsTTC: DIRECT_PAYMENT_FLOOR_CENTS_TTC },
    });
  }
  // Our reading of L2193-10: the buyer pays directly the part performed as an accepted subcontractor.
  if (acceptedOn !== null && compareDates(workFrom, acceptedOn) < 0) {
    breaches.push({
      rule: 'work-before-acceptance',
      legalReference: 'L2193-10',
      message: `work from ${workFrom} predates the subcontractor's acceptance on ${acceptedOn}: it cannot be paid directly`,
      values: { workFrom, acceptedOn },
    });
  }
  return breaches;
}
