import { Decider, DomainEvent } from '../lib/decider';

/**
 * A small decider used by this library's own tests: a needs census (recensement des besoins) that members answer
 * until the coordinator closes it.
 */
export type CensusCommand =
  | { type: 'SubmitNeed'; memberSiret: string; lot: number; amountCents: number }
  | { type: 'CloseCensus' };

export type CensusEvent =
  | DomainEvent<'census.NeedSubmitted', { memberSiret: string; lot: number; amountCents: number }>
  | DomainEvent<'census.CensusClosed', { totalCents: number }>;

export interface CensusState {
  closed: boolean;
  totalCents: number;
  submissions: number;
}

export class CensusClosedError extends Error {
  constructor() {
    super('the census is closed: no need can be submitted any more');
    this.name = 'CensusClosedError';
  }
}

export const censusDecider: Decider<CensusCommand, CensusEvent, CensusState> = {
  initialState: { closed: false, totalCents: 0, submissions: 0 },
  decide(command, state) {
    if (state.closed) throw new CensusClosedError();
    switch (command.type) {
      case 'SubmitNeed':
        return [
          {
            type: 'census.NeedSubmitted',
            data: { memberSiret: command.memberSiret, lot: command.lot, amountCents: command.amountCents },
          },
        ];
      case 'CloseCensus':
        return [{ type: 'census.CensusClosed', data: { totalCents: state.totalCents } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'census.NeedSubmitted':
        return {
          ...state,
          totalCents: state.totalCents + event.data.amountCents,
          submissions: state.submissions + 1,
        };
      case 'census.CensusClosed':
        return { ...state, closed: true };
    }
  },
};
