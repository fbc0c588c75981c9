/**
 * Rule C6 (domain-rules §6.4): the retenue de garantie, kept on each payment until the warranty period ends, is at
 * most 5 % of the contract amount (R2191-32), 3 % for an SME holder when the buyer is the State, a State EPA or a
 * collectivité or local EP whose operating spending exceeds 60 M€. The 3 % comes from a decree of late December
 * 2024, probably 2024-1251: that attribution is UNCONFIRMED.
 */
import { requirePercent } from './input-checks';
import type { RuleBreach } from './rule-breach';

const RETENTION_CAP_PERCENT = 5;
const SME_RETENTION_CAP_PERCENT = 3;

/**
 * The highest retenue de garantie, in % of the contract amount. `buyerSpendingOver60M` is true for the State too,
 * whose spending is over 60 M€ whatever the ministry.
 */
export function retentionCapPercent(facts: { holderSme: boolean; buyerSpendingOver60M: boolean }): number {
  return facts.holderSme && facts.buyerSpendingOver60M ? SME_RETENTION_CAP_PERCENT : RETENTION_CAP_PERCENT;
}

/** Rule C6 (R2191-32): null when the retenue de garantie is within its cap (the cap itself is allowed). */
export function checkRetention(facts: {
  percent: number;
  holderSme: boolean;
  buyerSpendingOver60M: boolean;
}): RuleBreach | null {
  const percent = requirePercent('percent', facts.percent);
  const capPercent = retentionCapPercent(facts);
  if (percent <= capPercent) return null;
  return {
    rule: 'retention-over-cap',
    legalReference: 'R2191-32',
    message: `a retenue de garantie of ${percent} % exceeds the cap of ${capPercent} % of the contract amount`,
    values: {
      percent,
      capPercent,
      holderSme: facts.holderSme,
      buyerSpendingOver60M: facts.buyerSpendingOver60M,
    },
  };
}
