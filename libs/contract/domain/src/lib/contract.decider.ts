import { ContractEvent } from '@mutualis/shared/contracts';
import { Decider } from '@mutualis/shared/event-sourcing';
import { notifyAmendment } from './amendment-notification';
import { signAmendment } from './amendments';
import { ContractCommand } from './contract.commands';
import { ContractState, evolveContract, INITIAL_CONTRACT_STATE } from './contract.state';
import {
  acceptSubcontractor,
  completePaymentRequest,
  interruptPaymentPeriod,
  payInvoice,
  receiveInvoice,
} from './invoices';
import {
  declineRenewal,
  endContract,
  renewContract,
  resumeContract,
  suspendContract,
  terminateContract,
} from './lifecycle';
import { notifyContract, openContract } from './open-contract';
import { recordModificationNotice } from './modification-notice';
import { placeOrder } from './orders';
import { applyPenalty, invitePenaltyObservations } from './penalties';

/** A contract (marché or accord-cadre) from its signature to its end, stream `contract-<uuid>`. */
export const contractDecider: Decider<ContractCommand, ContractEvent, ContractState> = {
  initialState: INITIAL_CONTRACT_STATE,
  decide(command, state) {
    switch (command.type) {
      case 'OpenContract':
        return openContract(command, state);
      case 'NotifyContract':
        return notifyContract(command, state);
      case 'PlaceOrder':
        return placeOrder(command, state);
      case 'SignAmendment':
        return signAmendment(command, state);
      case 'NotifyAmendment':
        return notifyAmendment(command, state);
      case 'ReceiveInvoice':
        return receiveInvoice(command, state);
      case 'InterruptPaymentPeriod':
        return interruptPaymentPeriod(command, state);
      case 'CompletePaymentRequest':
        return completePaymentRequest(command, state);
      case 'PayInvoice':
        return payInvoice(command, state);
      case 'AcceptSubcontractor':
        return acceptSubcontractor(command, state);
      case 'InvitePenaltyObservations':
        return invitePenaltyObservations(command, state);
      case 'ApplyPenalty':
        return applyPenalty(command, state);
      case 'RenewContract':
        return renewContract(command, state);
      case 'DeclineRenewal':
        return declineRenewal(command, state);
      case 'SuspendContract':
        return suspendContract(command, state);
      case 'ResumeContract':
        return resumeContract(command, state);
      case 'TerminateContract':
        return terminateContract(command, state);
      case 'EndContract':
        return endContract(command, state);
      case 'RecordModificationNotice':
        return recordModificationNotice(command, state);
    }
  },
  evolve: evolveContract,
};
