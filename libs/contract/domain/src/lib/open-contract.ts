import { advanceRequirement, checkAdvance, checkRetention } from '@mutualis/procurement-rules';
import { ContractEvent } from '@mutualis/shared/contracts';
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
 * (C5) and retenue de garantie (C6) rules. An accord-cadre keeps the duration its tender announced (T8).
 */
export function notifyContract(command: NotifyContract, state: ContractState): ContractEvent[] {
  const opened = requireOpened(state);
  if (state.notified) {
    throw refuse('The contract was already notified.', { rule: 'contract-already-notified' });
  }
  requireOnOrAfter(command.notifiedOn, opened.signedOn, 'The notification');
  if (opened.durationMonths !== null && command.durationMonths !== opened.durationMonths) {
    throw refuse(
      `The accord-cadre was tendered for ${opened.durationMonths} months, not ${command.durationMonths}.`,
      {
        rule: 'duration-not-as-tendered',
        legalReference: 'L2125-1',
        values: { tenderedMonths: opened.durationMonths, durationMonths: command.durationMonths },
      },
    );
  }
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
        renewals: command.renewals,
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
