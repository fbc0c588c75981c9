/**
 * Rule C10 (domain-rules, rule C10): the obligation de vigilance of the Code du travail. For a contract of at least
 * 5 000 € HT (L8222-1; the amount is set by R8222-1: article UNCONFIRMED here), the buyer obtains from the holder an
 * URSSAF attestation de vigilance less than 6 months old at signature, then every 6 months until the end of
 * performance (D8222-5). Whether the attestation held on a day is valid is the caller's finding.
 */
import { requireDate, requireWhole } from './input-checks';
import type { RuleBreach } from './rule-breach';

/** From this contract amount HT up, the vigilance checks are mandatory (5 000 € HT is included). */
export const VIGILANCE_CONTRACT_THRESHOLD_CENTS = 500_000;

/** Whether the contract needs attestations de vigilance: amount HT ≥ 5 000 €. */
export function vigilanceRequired(contractAmountCentsHT: number): boolean {
  return requireWhole('contractAmountCentsHT', contractAmountCentsHT) >= VIGILANCE_CONTRACT_THRESHOLD_CENTS;
}

/** Rule C10 (D8222-5): null when no attestation is needed or a valid one is held on `on`, else the breach (an alert). */
export function checkVigilance(input: {
  contractAmountCentsHT: number;
  vigilanceValid: boolean;
  on: string;
}): RuleBreach | null {
  const on = requireDate('on', input.on);
  if (!vigilanceRequired(input.contractAmountCentsHT) || input.vigilanceValid) return null;
  return {
    rule: 'vigilance-attestation-missing',
    legalReference: 'D8222-5',
    message: `on ${on}, no valid attestation de vigilance (under 6 months old) is held for a contract of ${input.contractAmountCentsHT} cents HT, at or above ${VIGILANCE_CONTRACT_THRESHOLD_CENTS} cents HT`,
    values: {
      on,
      contractAmountCentsHT: input.contractAmountCentsHT,
      thresholdCents: VIGILANCE_CONTRACT_THRESHOLD_CENTS,
    },
  };
}
