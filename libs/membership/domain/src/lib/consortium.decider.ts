import { ConsortiumEvent } from '@mutualis/shared/contracts';
import { Decider } from '@mutualis/shared/event-sourcing';
import { composeCao, erasePerson } from './compose-cao';
import { ConsortiumCommand } from './consortium.commands';
import { evolveConsortium } from './consortium.evolve';
import { ConsortiumState, INITIAL_CONSORTIUM_STATE } from './consortium.state';
import { formConsortium } from './form-consortium';
import { acceptAdhesion, applyForMembership, onboardMember, recordDeliberation } from './join-consortium';
import { recordProcedureLaunch } from './launch-procedure';
import { withdraw } from './withdraw';

/** A consortium (groupement de commandes or centrale d'achat), stream `consortium-<uuid>`. */
export const consortiumDecider: Decider<ConsortiumCommand, ConsortiumEvent, ConsortiumState> = {
  initialState: INITIAL_CONSORTIUM_STATE,
  decide(command, state) {
    switch (command.type) {
      case 'FormConsortium':
        return formConsortium(command, state);
      case 'ApplyForMembership':
        return applyForMembership(command, state);
      case 'RecordDeliberation':
        return recordDeliberation(command, state);
      case 'AcceptAdhesion':
        return acceptAdhesion(command, state);
      case 'OnboardMember':
        return onboardMember(command, state);
      case 'Withdraw':
        return withdraw(command, state);
      case 'RecordProcedureLaunch':
        return recordProcedureLaunch(command, state);
      case 'ComposeCao':
        return composeCao(command, state);
      case 'ErasePerson':
        return erasePerson(command, state);
    }
  },
  evolve: evolveConsortium,
};
