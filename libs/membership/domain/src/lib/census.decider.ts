import { estimatedValue, findCpv, MemberNeed } from '@mutualis/procurement-rules';
import {
  CensusClosed,
  CensusEvent,
  CensusOpened,
  isMemberOn,
  NeedsSubmitted,
} from '@mutualis/shared/contracts';
import { Decider } from '@mutualis/shared/event-sourcing';
import { CensusCommand, CloseCensus, OpenCensus, SubmitNeeds } from './census.commands';
import { refuse } from './membership-refusal';

export interface CensusState {
  opened: CensusOpened | null;
  /** The latest needs of each member: a new submission replaces the previous one. */
  needs: Record<string, NeedsSubmitted>;
  closed: CensusClosed | null;
}

/** A needs census of a consortium, stream `census-<uuid>`: members state their needs, the coordinator closes it. */
export const censusDecider: Decider<CensusCommand, CensusEvent, CensusState> = {
  initialState: { opened: null, needs: {}, closed: null },
  decide(command, state) {
    switch (command.type) {
      case 'OpenCensus':
        return openCensus(command, state);
      case 'SubmitNeeds':
        return submitNeeds(command, state);
      case 'CloseCensus':
        return closeCensus(command, state);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'membership.CensusOpened':
        return { ...state, opened: event.data };
      case 'membership.NeedsSubmitted':
        return { ...state, needs: { ...state.needs, [event.data.memberSiret]: event.data } };
      case 'membership.CensusClosed':
        return { ...state, closed: event.data };
    }
  },
};

function openCensus(command: OpenCensus, state: CensusState): CensusEvent[] {
  if (state.opened) throw refuse('this census is already open', { rule: 'census-already-opened' });
  const cpv = findCpv(command.cpvCode);
  if (!cpv) {
    throw refuse(`unknown CPV code ${command.cpvCode}`, {
      rule: 'unknown-cpv-code',
      legalReference: 'Règlement (CE) 213/2008',
      values: { unknown: [command.cpvCode] },
    });
  }
  const numbers = command.lots.map((lot) => lot.number);
  if (numbers.length === 0 || new Set(numbers).size !== numbers.length) {
    throw refuse('a census has lots numbered once each', {
      rule: 'census-lots-invalid',
      values: { lots: numbers },
    });
  }
  const { type: _type, ...opened } = command;
  return [{ type: 'membership.CensusOpened', data: { ...opened, cpvCode: cpv.code } }];
}

/** A member states its needs per lot while the census is open; only members on that date may (M3). */
function submitNeeds(command: SubmitNeeds, state: CensusState): CensusEvent[] {
  const opened = requireOpen(state);
  const { memberSiret, submittedOn, needs } = command;
  if (!isMemberOn(command.membership, memberSiret, submittedOn)) {
    throw refuse(`${memberSiret} is not a member of the consortium on ${submittedOn}`, {
      rule: 'not-a-member',
      legalReference: 'RM JO AN 17/05/2011 q.100136',
      values: { siret: memberSiret, on: submittedOn },
    });
  }
  const lots = opened.lots.map((lot) => lot.number);
  const unknown = needs.map((need) => need.lot).filter((lot) => !lots.includes(lot));
  if (unknown.length > 0 || needs.length === 0) {
    throw refuse(`needs must name lots of this census (${lots.join(', ')})`, {
      rule: 'unknown-lot',
      values: { unknown, lots },
    });
  }
  return [{ type: 'membership.NeedsSubmitted', data: { memberSiret, submittedOn, needs } }];
}

/**
 * Closes the census: the beneficiaries are the members who stated needs and are still members on closing; the
 * estimated value sums their needs over every lot, option and renewal for the whole duration (T1, R2121-1).
 */
function closeCensus(command: CloseCensus, state: CensusState): CensusEvent[] {
  const opened = requireOpen(state);
  const beneficiaries = Object.keys(state.needs)
    .filter((siret) => isMemberOn(command.membership, siret, command.closedOn))
    .sort();
  if (beneficiaries.length === 0) {
    throw refuse('no member has stated needs: there is nothing to purchase', {
      rule: 'census-without-needs',
    });
  }
  const value = estimate(
    opened,
    beneficiaries.flatMap((siret) =>
      state.needs[siret]!.needs.map((need) => ({ memberSiret: siret, ...need })),
    ),
  );
  return [
    {
      type: 'membership.CensusClosed',
      data: {
        closedOn: command.closedOn,
        wholeDurationMonths: value.wholeDurationMonths,
        perLot: value.perLot,
        totalCents: value.totalCents,
        beneficiaries,
      },
    },
  ];
}

function requireOpen(state: CensusState): CensusOpened {
  if (!state.opened) throw refuse('no such census', { rule: 'census-not-opened' });
  if (state.closed) {
    throw refuse(`the census was closed on ${state.closed.closedOn}`, { rule: 'census-closed' });
  }
  return state.opened;
}

/** T1 for the census, refused as a rule when the needs stated add up beyond what an amount in cents can hold. */
function estimate(opened: CensusOpened, needs: MemberNeed[]) {
  try {
    return estimatedValue(opened.duration, needs);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw refuse(`the needs stated cannot be added up: ${error.message}`, {
      rule: 'estimated-value-out-of-range',
      legalReference: 'R2121-1',
    });
  }
}
