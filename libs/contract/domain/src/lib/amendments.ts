import { checkModification, thresholdsOn } from '@mutualis/procurement-rules';
import { ContractEvent } from '@mutualis/shared/contracts';
import { SignAmendment } from './contract.commands';
import { refuse, refuseBreaches } from './contract-refusal';
import { ContractState } from './contract.state';
import { requireNotified, requireOnOrAfter, requireStatus } from './guards';
import { extendTerm } from './term';

/**
 * An avenant: one legal ground (C3), within the de minimis caps cumulated over the earlier de minimis avenants (C1),
 * within half the initial amount for supplementary or unforeseeable changes (C2), never below what was already
 * ordered or invoiced. The EU threshold is the one in force when the procedure was launched.
 */
export function signAmendment(command: SignAmendment, state: ContractState): ContractEvent[] {
  const { opened, notified } = requireNotified(state);
  requireStatus(state, ['running', 'suspended'], 'amended');
  if (state.amendments.some((amendment) => amendment.amendmentId === command.amendmentId)) {
    throw refuse('This avenant was already signed.', { rule: 'amendment-exists' });
  }
  requireOnOrAfter(command.signedOn, notified.notifiedOn, 'The avenant');
  const euThresholdCents = thresholdsOn(opened.launchedOn).values.euCents[opened.buyer][opened.nature];
  const check = checkModification({
    nature: opened.nature,
    initialCents: opened.amountCents,
    euThresholdCents,
    buyer: opened.buyer,
    formalised: opened.formalised,
    earlier: state.amendments.map(({ ground, amountCents }) => ({ ground, amountCents })),
    ground: command.ground,
    amountCents: command.amountCents,
    changesNature: command.changesNature,
  });
  refuseBreaches(check.breaches);
  if ((command.ground === 'new-contractor') !== (command.newHolderSiret !== null)) {
    throw refuse('A new holder replaces the old one on the ground of R2194-6, and only on it.', {
      rule: 'new-holder-needs-its-ground',
      legalReference: 'R2194-6',
      values: { ground: command.ground, newHolderSiret: command.newHolderSiret },
    });
  }
  const amountAfterCents = state.amountCents + command.amountCents;
  const executedCents = Math.max(state.orderedCents, state.invoicedCents);
  if (amountAfterCents < executedCents) {
    throw refuse('An avenant cannot bring the amount below what was already ordered or invoiced.', {
      rule: 'amendment-below-executed',
      values: { amountAfterCents, executedCents },
    });
  }
  const endsOn = state.endsOn ?? notified.endsOn;
  return [
    {
      type: 'contract.AmendmentSigned',
      data: {
        amendmentId: command.amendmentId,
        ground: command.ground,
        signedOn: command.signedOn,
        amountCents: command.amountCents,
        description: command.description,
        extensionMonths: command.extensionMonths,
        amountAfterCents,
        endsOn: command.extensionMonths > 0 ? extendTerm(endsOn, command.extensionMonths) : endsOn,
        joueNoticeRequired: check.joueNoticeRequired,
        newHolderSiret: command.newHolderSiret,
      },
    },
  ];
}
