import { membersOn, PopulationBracket } from '@mutualis/shared/contracts';
import { ConsortiumState } from './consortium.state';
import { requireFormed } from './form-consortium';
import { refuse } from './membership-refusal';

export interface CostShare {
  siret: string;
  name: string;
  /** What the share is proportional to: the bracket's weight, the needs in cents, or 1. */
  basis: number;
  shareCents: number;
}

/**
 * Each member's share of an amount of the consortium's costs on a date, under the convention's rule: weights per
 * population bracket, shares of the needs stated in a census, or equal shares. Cents are split by largest
 * remainder, so the shares always add up to the amount and the same inputs always give the same shares.
 */
export function costShares(
  state: ConsortiumState,
  on: string,
  amountCents: number,
  needsCentsBySiret: Record<string, number> = {},
): CostShare[] {
  const { convention } = requireFormed(state);
  const members = membersOn(state.facts, on).map((siret) => state.facts.members[siret]!.authority);
  if (members.length === 0) throw refuse(`the consortium has no member on ${on}`, { rule: 'no-members' });
  const bases = members.map((authority) => {
    switch (convention.costSharing.rule) {
      case 'flat':
        return 1;
      case 'needs-share':
        return needsCentsBySiret[authority.siret] ?? 0;
      case 'population-brackets':
        return bracketWeight(convention.costSharing.brackets, authority.population, authority.name);
    }
  });
  const total = bases.reduce((sum, basis) => sum + BigInt(basis), 0n);
  if (total === 0n)
    throw refuse('no member has a basis for sharing the costs (no needs stated?)', { rule: 'no-cost-basis' });
  const amount = BigInt(amountCents);
  const exact = bases.map((basis) => amount * BigInt(basis));
  const floors = exact.map((numerator) => numerator / total);
  let left = amount - floors.reduce((sum, share) => sum + share, 0n);
  // Largest remainders first, then SIRET order: deterministic, and the cents add up.
  const order = exact
    .map((numerator, index) => ({ index, remainder: numerator % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left === 0n) break;
    floors[index]! += 1n;
    left -= 1n;
  }
  return members.map((authority, index) => ({
    siret: authority.siret,
    name: authority.name,
    basis: bases[index]!,
    shareCents: Number(floors[index]!),
  }));
}

function bracketWeight(brackets: PopulationBracket[], population: number | null, name: string): number {
  if (population === null) {
    throw refuse(`the population of ${name} is unknown: the population-bracket rule cannot apply`, {
      rule: 'population-unknown',
    });
  }
  const bracket = brackets.find(
    (candidate) => candidate.upToPopulation === null || population <= candidate.upToPopulation,
  );
  if (!bracket)
    throw refuse(`no population bracket covers ${population} inhabitants`, { rule: 'no-population-bracket' });
  return bracket.weight;
}
