/**
 * Rules C1, C2 and C3 (domain-rules §6.1): the modifications of a contract in progress (avenants, décisions de
 * poursuivre). Each one stands on one of the grounds of L2194-1, none may change the contract's nature globale, and
 * the grounds R2194-2/R2194-5 and R2194-8 carry caps on amounts. Amounts are integer euro cents HT; a modification's
 * amount is signed (a reduction is negative).
 */
import { percentOf, percentOfRoundedUp, requireWhole, safeNumber, withinPercent } from './input-checks';
import type { RuleBreach } from './rule-breach';
import type { BuyerCategory, ContractNature } from './thresholds';

export type ModificationGround =
  | 'review-clause'
  | 'supplementary'
  | 'unforeseeable'
  | 'new-contractor'
  | 'non-substantial'
  | 'de-minimis';

/** The article of the Code de la commande publique behind each ground of L2194-1, and its French name. */
export const MODIFICATION_GROUNDS: Readonly<Record<ModificationGround, { article: string; label: string }>> =
  Object.freeze({
    'review-clause': Object.freeze({ article: 'R2194-1', label: 'clause de réexamen' }),
    supplementary: Object.freeze({ article: 'R2194-2', label: 'prestations supplémentaires' }),
    unforeseeable: Object.freeze({ article: 'R2194-5', label: 'circonstances imprévues' }),
    'new-contractor': Object.freeze({ article: 'R2194-6', label: 'nouveau titulaire' }),
    'non-substantial': Object.freeze({ article: 'R2194-7', label: 'modification non substantielle' }),
    'de-minimis': Object.freeze({ article: 'R2194-8', label: 'modification de faible montant' }),
  });

export interface ModificationFacts {
  nature: ContractNature;
  /**
   * The initial amount HT (a framework agreement: its maximum); ≥ 1. R2194-4 (the revised amount as the reference
   * when the contract has a price revision clause) is left to the caller, who passes the reference amount here.
   */
  initialCents: number;
  /** The EU threshold in force for the contract's nature and buyer (see thresholdsOn). */
  euThresholdCents: number;
  /** The buyer category: the 50 % cap of R2194-3 binds pouvoirs adjudicateurs, not entités adjudicatrices. */
  buyer: BuyerCategory;
  /** The contract was awarded after a formalised procedure. */
  formalised: boolean;
  /** The modifications made before this one, with their signed amounts HT. */
  earlier: { ground: ModificationGround; amountCents: number }[];
  ground: ModificationGround;
  /** This modification's change of amount HT: a signed safe integer. */
  amountCents: number;
  /** It would change the contract's nature globale (L2194-1, last paragraph). */
  changesNature: boolean;
}

export interface ModificationCheck {
  breaches: RuleBreach[];
  /** R2194-10: an avis de modification goes to the JOUE if the modification is made (whatever the breaches). */
  joueNoticeRequired: boolean;
}

// R2194-8: a de minimis modification stays under 10 % of the initial amount (supplies, services) or 15 % (works).
const DE_MINIMIS_PERCENT: Readonly<Record<ContractNature, number>> = {
  supplies: 10,
  services: 10,
  works: 15,
};
// R2194-3: each supplementary or unforeseeable modification is at most 50 % of the initial amount.
const SINGLE_MODIFICATION_PERCENT = 50;

/** Rules C1 to C3: the breaches of one modification, and whether it needs a modification notice in the JOUE. */
export function checkModification(facts: ModificationFacts): ModificationCheck {
  if (!Object.hasOwn(DE_MINIMIS_PERCENT, facts.nature)) {
    throw new RangeError(`unknown contract nature: ${String(facts.nature)}`);
  }
  const deMinimisPercent = DE_MINIMIS_PERCENT[facts.nature];
  const initialCents = requireWhole('initialCents', facts.initialCents);
  if (initialCents < 1) throw new RangeError('initialCents must be at least 1');
  const euThresholdCents = requireWhole('euThresholdCents', facts.euThresholdCents);
  const ground = requireGround('ground', facts.ground);
  const amountCents = requireSigned('amountCents', facts.amountCents);
  const earlier = facts.earlier.map((modification, index) => ({
    ground: requireGround(`earlier[${index}].ground`, modification.ground),
    amountCents: requireSigned(`earlier[${index}].amountCents`, modification.amountCents),
  }));

  const breaches: RuleBreach[] = [];
  if (facts.changesNature) {
    breaches.push({
      rule: 'modification-changes-nature',
      legalReference: 'L2194-1',
      message: `a modification (${MODIFICATION_GROUNDS[ground].label}) cannot change the contract's nature globale`,
      values: { ground },
    });
  }
  const absoluteCents = Math.abs(amountCents);

  if (ground === 'de-minimis') {
    // R2194-9 cumulates the successive R2194-8 modifications, for both of its conditions. Adding their absolute
    // amounts, so that a reduction never makes room for an increase, is the prudent reading: UNCONFIRMED (the text
    // says "montant cumulé"). Other grounds are not counted, unforeseeable ones included (RM Sénat 30/03/2023).
    const cumulatedCents = safeNumber(
      'the cumulated de minimis modifications',
      earlier
        .filter((modification) => modification.ground === 'de-minimis')
        .reduce(
          (total, modification) => total + BigInt(Math.abs(modification.amountCents)),
          BigInt(absoluteCents),
        ),
    );
    if (cumulatedCents >= euThresholdCents) {
      breaches.push({
        rule: 'de-minimis-above-eu-threshold',
        legalReference: 'R2194-8',
        message: `the de minimis modifications total ${cumulatedCents} cents HT, not under the EU threshold of ${euThresholdCents} cents HT`,
        values: { amountCents, cumulatedCents, euThresholdCents },
      });
    }
    // The cap is reached at exactly the percentage: the lowest refused total is ⌈initial × percent / 100⌉.
    const capCents = percentOfRoundedUp(initialCents, deMinimisPercent);
    if (cumulatedCents >= capCents) {
      breaches.push({
        rule: 'de-minimis-cap-reached',
        legalReference: 'R2194-9',
        message: `the de minimis modifications total ${cumulatedCents} cents HT, reaching ${deMinimisPercent} % of the initial amount of ${initialCents} cents HT (${capCents} cents HT): under ${capCents} is allowed`,
        values: { amountCents, cumulatedCents, capCents, initialCents, percent: deMinimisPercent },
      });
    }
  }

  const capped = ground === 'supplementary' || ground === 'unforeseeable';
  if (
    capped &&
    facts.buyer !== 'utility' &&
    !withinPercent(absoluteCents, initialCents, SINGLE_MODIFICATION_PERCENT)
  ) {
    // Each modification alone: successive ones are not added up, but must not circumvent competition (§6.1).
    const maxCents = percentOf(initialCents, SINGLE_MODIFICATION_PERCENT);
    breaches.push({
      rule: 'modification-over-half',
      legalReference: 'R2194-3',
      message: `a modification of ${amountCents} cents HT (${MODIFICATION_GROUNDS[ground].label}) exceeds ${SINGLE_MODIFICATION_PERCENT} % of the initial amount of ${initialCents} cents HT (${maxCents} cents HT at most)`,
      values: { amountCents, maxCents, initialCents, percent: SINGLE_MODIFICATION_PERCENT },
    });
  }
  return { breaches, joueNoticeRequired: capped && facts.formalised };
}

function requireGround(name: string, ground: ModificationGround): ModificationGround {
  if (!Object.hasOwn(MODIFICATION_GROUNDS, ground)) {
    throw new RangeError(`${name} is not a ground of L2194-1: ${String(ground)}`);
  }
  return ground;
}

/** A signed amount in cents: a safe integer, negative for a reduction. */
function requireSigned(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${String(value)}`);
  }
  return value;
}
