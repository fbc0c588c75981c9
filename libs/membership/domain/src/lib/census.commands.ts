import { CensusLot, CensusOpened, MembershipFacts, NeedsSubmitted } from '@mutualis/shared/contracts';

/**
 * Commands on a needs census (recensement des besoins). Membership is decided by the consortium, so commands that
 * depend on it carry the consortium's membership facts, loaded by the application with the command.
 */
export interface OpenCensus {
  type: 'OpenCensus';
  censusId: string;
  consortiumId: string;
  object: string;
  cpvCode: string;
  lots: CensusLot[];
  duration: CensusOpened['duration'];
  options: string;
  openedOn: string;
}

export interface SubmitNeeds {
  type: 'SubmitNeeds';
  memberSiret: string;
  submittedOn: string;
  needs: NeedsSubmitted['needs'];
  membership: MembershipFacts;
}

export interface CloseCensus {
  type: 'CloseCensus';
  closedOn: string;
  membership: MembershipFacts;
}

export type CensusCommand = OpenCensus | SubmitNeeds | CloseCensus;
