import {
  CensusEvent,
  ConsortiumEvent,
  learnMembership,
  membershipContracts,
  NO_MEMBERSHIP_FACTS,
} from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import {
  CONSORTIUM_ID,
  COORDINATOR_DELIBERATION,
  convention,
  CROSSAC,
  ESTUAIRE_ET_SILLON,
  MESANGER,
  PROCEDURE_ID,
  SAINT_NAZAIRE,
} from '../testing/membership-fixtures';
import { CensusCommand } from './census.commands';
import { censusDecider } from './census.decider';
import { ConsortiumCommand } from './consortium.commands';
import { consortiumDecider } from './consortium.decider';

const run = (history: ConsortiumEvent[], command: ConsortiumCommand) => [
  ...history,
  ...consortiumDecider.decide(command, given(consortiumDecider, history).state),
];
const runCensus = (history: CensusEvent[], command: CensusCommand) => [
  ...history,
  ...censusDecider.decide(command, given(censusDecider, history).state),
];

describe('the events the membership deciders record are valid in the published language', () => {
  it('validates every event type of a consortium’s and a census’s life against its contract', () => {
    let consortium = run([], {
      type: 'FormConsortium',
      consortiumId: CONSORTIUM_ID,
      kind: 'permanent-groupement',
      name: 'G',
      coordinator: SAINT_NAZAIRE,
      convention: convention(),
      coordinatorDeliberation: COORDINATOR_DELIBERATION,
    });
    consortium = run(consortium, {
      type: 'OnboardMember',
      authority: CROSSAC,
      deliberation: { number: 'D1', adoptedOn: '2026-02-10', body: 'conseil municipal' },
      acceptedOn: '2026-03-01',
    });
    consortium = run(consortium, {
      type: 'OnboardMember',
      authority: ESTUAIRE_ET_SILLON,
      deliberation: { number: 'D2', adoptedOn: '2026-02-10', body: 'conseil communautaire' },
      acceptedOn: '2026-03-01',
    });
    consortium = run(consortium, {
      type: 'ApplyForMembership',
      authority: MESANGER,
      appliedOn: '2026-03-02',
    });
    consortium = run(consortium, {
      type: 'RecordProcedureLaunch',
      procedureId: PROCEDURE_ID,
      launchedOn: '2026-03-15',
      object: 'Audit',
    });
    const rep = (siret: string) => ({
      siret,
      personId: '0190c6a4-7c1e-7000-8000-000000000101',
      sealed: 'pd1.x.y.z',
    });
    consortium = run(consortium, {
      type: 'ComposeCao',
      composedOn: '2026-03-16',
      composition: 'dedicated',
      chair: rep(SAINT_NAZAIRE.siret),
      members: [rep(SAINT_NAZAIRE.siret), rep(CROSSAC.siret), rep(ESTUAIRE_ET_SILLON.siret)],
    });
    consortium = run(consortium, {
      type: 'Withdraw',
      siret: CROSSAC.siret,
      requestedOn: '2026-04-01',
      effectiveOn: '2026-07-01',
    });
    const membership = consortium.reduce(learnMembership, NO_MEMBERSHIP_FACTS);
    let census = runCensus([], {
      type: 'OpenCensus',
      censusId: CONSORTIUM_ID,
      consortiumId: CONSORTIUM_ID,
      object: 'Audit',
      cpvCode: '79212000',
      lots: [{ number: 1, title: 'Audit' }],
      duration: { initialMonths: 12, renewals: 0, monthsPerRenewal: 0 },
      options: '',
      openedOn: '2026-04-02',
    });
    census = runCensus(census, {
      type: 'SubmitNeeds',
      memberSiret: CROSSAC.siret,
      submittedOn: '2026-04-03',
      needs: [{ lot: 1, annualCents: 100, optionsAnnualCents: 0 }],
      membership,
    });
    census = runCensus(census, { type: 'CloseCensus', closedOn: '2026-04-10', membership });
    const events = [...consortium, ...census];
    expect(new Set(events.map((event) => event.type)).size).toBe(10);
    for (const event of events) {
      expect([event.type, membershipContracts.check({ ...event, schemaVersion: 1 })]).toEqual([
        event.type,
        null,
      ]);
    }
  });
});
