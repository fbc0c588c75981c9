import { isMemberOn, membersOn } from '@mutualis/shared/contracts';
import { ConsortiumState } from '@mutualis/membership/domain';
import { ConsortiumView } from './consortium.responses';
import { MembersView } from './members.responses';

/** The consortium as the API shows it; `on` is the date its membership is read for. */
export function consortiumView(state: ConsortiumState, version: number, on: string): ConsortiumView {
  const formed = state.formed!;
  return {
    consortiumId: formed.consortiumId,
    kind: formed.kind,
    name: formed.name,
    coordinator: formed.coordinator,
    convention: formed.convention,
    on,
    memberCount: membersOn(state.facts, on).length,
    authorities: Object.values(state.facts.members).map(({ authority, periods }) => ({
      ...authority,
      periods,
      memberOn: isMemberOn(state.facts, authority.siret, on),
    })),
    launches: state.facts.launches,
    cao: state.cao ? { composedOn: state.cao.composedOn, composition: state.cao.composition } : null,
    version,
  };
}

/** The members on a date, with the authority each is. */
export function membersView(state: ConsortiumState, on: string): MembersView {
  return {
    on,
    members: membersOn(state.facts, on).map((siret) => {
      const { authority, periods } = state.facts.members[siret]!;
      const since = periods.filter((period) => period.from <= on).at(-1)!.from;
      return { ...authority, since };
    }),
  };
}
