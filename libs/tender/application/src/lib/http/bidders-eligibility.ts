import { PublishedFacts } from '@mutualis/shared/api';
import { Eligibility, eligibilityOn } from '@mutualis/shared/contracts';
import { TenderState } from '@mutualis/tender/domain';

/** Each bidder's eligibility on a day, by SIRET, as the supplier registry's published events tell it. */
export async function biddersEligibility(
  facts: PublishedFacts,
  state: TenderState,
  on: string,
): Promise<Record<string, Eligibility>> {
  const eligibility: Record<string, Eligibility> = {};
  for (const { supplierSiret } of Object.values(state.bids)) {
    eligibility[supplierSiret] ??= eligibilityOn(await facts.eligibility(supplierSiret), on);
  }
  return eligibility;
}
