import {
  CaoComposed,
  ConsortiumFormed,
  DeliberationRecorded,
  MembershipFacts,
  NO_MEMBERSHIP_FACTS,
} from '@mutualis/shared/contracts';

/** A consortium as its stream tells it: the published membership facts, plus délibérations and the CAO. */
export interface ConsortiumState {
  formed: ConsortiumFormed | null;
  facts: MembershipFacts;
  /** The délibérations recorded per authority, latest last. */
  deliberations: Record<string, DeliberationRecorded[]>;
  cao: CaoComposed | null;
  /** Every representative whose name was sealed in a CAO composition, and those whose data was erased. */
  sealedPersons: string[];
  erasedPersons: string[];
}

export const INITIAL_CONSORTIUM_STATE: ConsortiumState = {
  formed: null,
  facts: NO_MEMBERSHIP_FACTS,
  deliberations: {},
  cao: null,
  sealedPersons: [],
  erasedPersons: [],
};
