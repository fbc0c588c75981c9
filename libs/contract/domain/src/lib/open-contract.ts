import { advanceRequirement, checkAdvance, checkRetention } from '@mutualis/procurement-rules';
import { ContractEvent, ContractNotified, ContractOpened } from '@mutualis/shared/contracts';
import { NotifyContract, OpenContract } from './contract.commands';
import { refuse, refuseBreaches } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireOnOrAfter, requireOpened } from './guards';
import { lastDayOf } from './term';

/** Opens the contract of a signed award, once: the same award delivered again opens nothing more. */
export function openContract(command: OpenContract, state: ContractState): ContractEvent[] {
  const { contract } = command;
  if (state.opened) {
    if (state.opened.openedFrom === contract.openedFrom) return [];
    throw refuse('This contract was opened from another award.', {
      rule: 'contract-exists',
      values: { openedFrom: state.opened.openedFrom },
    });
  }
  return [{ type: 'contract.ContractOpened', data: contract }];
}

/**
 * The notification: the contract takes effect with the terms of the signed documents, checked against the avance
 * (C5) and retenue de garantie (C6) rules. An accord-cadre keeps the duration its tender announced (T8), and every
 * contract the reconductions its tender announced, no other (C9).
 */
export function notifyContract(command: NotifyContract, state: ContractState): ContractEvent[] {
  const opened = requireOpened(state);
  if (state.notified) {
    throw refuse('The contract was already notified.', { rule: 'contract-already-notified' });
  }
  requireOnOrAfter(command.notifiedOn, opened.signedOn, 'The notification');
  if (opened.durationMonths !== null && command.durationMonths !== opened.durationMonths) {
    throw refuse(
      `The ${opened.kind === 'framework-agreement' ? 'accord-cadre' : 'marché'} was tendered for ${opened.durationMonths} months, not ${command.durationMonths}.`,
      {
        rule: 'duration-not-as-tendered',
        legalReference: opened.kind === 'framework-agreement' ? 'L2125-1' : 'R2112-4',
        values: { tenderedMonths: opened.durationMonths, durationMonths: command.durationMonths },
      },
    );
  }
  const renewals = tenderedRenewals(opened, command.renewals);
  if (command.amountCentsTTC < opened.amountCents) {
    throw refuse('The amount TTC cannot be lower than the amount HT.', {
      rule: 'amount-ttc-below-ht',
      values: { amountCents: opened.amountCents, amountCentsTTC: command.amountCentsTTC },
    });
  }
  const forTheState = command.payingBuyer === 'state';
  const facts = {
    initialCentsHT: opened.amountCents,
    initialCentsTTC: command.amountCentsTTC,
    durationMonths: command.durationMonths,
    holderSme: command.holderSme,
    buyer: forTheState ? ('state' as const) : ('collectivite' as const),
    buyerSpendingOver60M: command.buyerSpendingOver60M,
  };
  // For an accord-cadre the avance is assessed per bon de commande (R2191-3), not on its maximum.
  const framework = opened.kind === 'framework-agreement';
  const requirement = framework ? null : advanceRequirement(facts);
  refuseBreaches([
    ...(framework ? [] : checkAdvance({ ...facts, ...command.advance })),
    // The 3 % cap for an SME binds the State as it binds the collectivités spending more than 60 M€.
    checkRetention({
      percent: command.retentionPercent,
      holderSme: command.holderSme,
      buyerSpendingOver60M: forTheState || command.buyerSpendingOver60M,
    }),
  ]);
  const { advance } = command;
  return [
    {
      type: 'contract.ContractNotified',
      data: {
        notifiedOn: command.notifiedOn,
        durationMonths: command.durationMonths,
        endsOn: lastDayOf(command.notifiedOn, command.durationMonths),
        renewals,
        priceForm: command.priceForm,
        priceType: command.priceType,
        ccag: command.ccag,
        penaltyDerogation: command.penaltyDerogation,
        amountCentsTTC: command.amountCentsTTC,
        payingBuyer: command.payingBuyer,
        holderSme: command.holderSme,
        buyerSpendingOver60M: command.buyerSpendingOver60M,
        advance: {
          required: requirement?.required ?? false,
          minimumRatePercent: requirement?.required ? requirement.minimumRatePercent : 0,
          ratePercent: advance.waived ? 0 : advance.ratePercent,
          waived: advance.waived,
          amountCents:
            advance.waived || !requirement
              ? 0
              : Math.round((requirement.baseCentsTTC * advance.ratePercent) / 100),
        },
        retentionPercent: command.retentionPercent,
      },
    },
  ];
}

/**
 * C9 (R2112-4): the reconductions are the tender's, announced with the total duration. The notification takes them,
 * and may repeat them but not name others: a reconduction the consultation did not announce would make a new
 * contract, awarded without competition. A contract opened before tenders announced them (no `tenderedRenewals`) keeps
 * what its notification states.
 */
function tenderedRenewals(
  opened: ContractOpened,
  stated: NotifyContract['renewals'],
): ContractNotified['renewals'] {
  if (opened.tenderedRenewals === undefined) return stated;
  const tendered = opened.tenderedRenewals;
  const same =
    stated === null ||
    (tendered !== null &&
      stated.count === tendered.count &&
      stated.monthsEach === tendered.monthsEach &&
      stated.tacit === tendered.tacit);
  if (!same) {
    throw refuse(
      tendered === null
        ? 'The consultation announced no reconduction: the contract accepts none.'
        : `The consultation announced ${tendered.count} ${tendered.tacit ? 'tacit' : 'express'} reconduction(s) of ${tendered.monthsEach} months: the contract accepts those only.`,
      {
        rule: 'renewals-not-as-tendered',
        legalReference: 'R2112-4',
        values: { tendered, stated },
      },
    );
  }
  return tendered;
}
