import { ConsortiumEvent, learnMembership } from '@mutualis/shared/contracts';
import { ConsortiumState } from './consortium.state';

/** Folds one event into a consortium's state. */
export function evolveConsortium(previous: ConsortiumState, event: ConsortiumEvent): ConsortiumState {
  const state = { ...previous, facts: learnMembership(previous.facts, event) };
  switch (event.type) {
    case 'membership.ConsortiumFormed':
      return { ...state, formed: event.data };
    case 'membership.DeliberationRecorded': {
      const recorded = [...(state.deliberations[event.data.siret] ?? []), event.data];
      return { ...state, deliberations: { ...state.deliberations, [event.data.siret]: recorded } };
    }
    case 'membership.CaoComposed': {
      const persons = [event.data.chair, ...event.data.members].map((person) => person.personId);
      return { ...state, cao: event.data, sealedPersons: [...state.sealedPersons, ...persons] };
    }
    case 'membership.PersonErased':
      return { ...state, erasedPersons: [...state.erasedPersons, event.data.personId] };
    default:
      return state;
  }
}
