import {
  EventEnvelope,
  NO_EXECUTION_CLAUSES,
  publishedUpcasters,
  TenderCreated,
  TenderEvent,
  tenderContracts,
  tenderSchemaVersion,
} from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import { bidId, eligible, KEY_ID, SUPPLIER, tender, weighted, membership } from '../testing/tender-fixtures';
import { TenderCommand } from './tender.commands';
import { tenderDecider } from './tender.decider';

const run = (history: TenderEvent[], command: TenderCommand) => [
  ...history,
  ...tenderDecider.decide(command, given(tenderDecider, history).state),
];

describe('the events the tender decider records are valid in the published language', () => {
  it('validates every event type from creation to opening against its contract', () => {
    let events = run([], {
      type: 'CreateTender',
      tender: tender({ framework: { maximumCents: 30_000_000, durationMonths: 48, justification: null } }),
      census: null,
    });
    events = run(events, {
      type: 'ChooseProcedure',
      procedure: 'open',
      negotiationGround: null,
      plannedLaunchOn: '2026-09-01',
    });
    events = run(events, { type: 'SetCriteria', lot: 1, criteria: weighted });
    events = run(events, { type: 'SetCriteria', lot: 2, criteria: weighted });
    events = run(events, {
      type: 'PublishTender',
      membership,
      noticeSentOn: '2026-09-01',
      deadlineAt: '2026-10-05T10:00:00.000Z',
      electronic: true,
      pin: false,
      urgency: false,
    });
    events = run(events, {
      type: 'AskQuestion',
      questionId: bidId(90),
      lot: null,
      text: 'Question ?',
      now: '2026-09-02T10:00:00.000Z',
    });
    events = run(events, { type: 'AnswerQuestion', questionId: bidId(90), answer: 'Réponse.' });
    events = run(events, {
      type: 'AmendNotice',
      amendmentId: bidId(91),
      sentOn: '2026-09-03',
      summary: 'Correction du lot 2',
      now: '2026-09-03T09:00:00.000Z',
    });
    events = run(events, {
      type: 'ExtendDeadline',
      deadlineAt: '2026-10-12T10:00:00.000Z',
      reason: 'Correction du lot 2',
      now: '2026-09-03T10:00:00.000Z',
    });
    const bid = (n: number): TenderCommand => ({
      type: 'SubmitBid',
      bidId: bidId(n),
      lot: 1,
      supplierSiret: SUPPLIER,
      sealed: { keyId: KEY_ID, ciphertext: 'c2VhbGVk' },
      contentSha256: 'b'.repeat(64),
      declaration: 'dc1-dc2',
      operatorGrouping: 'solidaire',
      now: '2026-10-01T10:00:00.000Z',
      eligibility: eligible,
    });
    events = run(run(events, bid(1)), bid(2));
    events = run(events, { type: 'OpenBids', now: '2026-10-12T12:00:00.000Z', openedBy: 'coordinator-user' });
    expect(new Set(events.map((event) => event.type)).size).toBe(11);
    for (const event of events) {
      expect([event.type, tenderContracts.check({ ...event, schemaVersion: 1 })]).toEqual([event.type, null]);
    }
  });

  it('TenderCreated version 3 carries a lot’s own turnover requirement and the reconductions; a version 1 payload, upcast, is valid', () => {
    const [created] = run([], {
      type: 'CreateTender',
      tender: tender({
        lots: [
          {
            number: 1,
            title: 'Audit',
            estimatedCents: 12_000_000,
            smallLotMapa: false,
            turnoverRequirementCents: 1,
          },
          { number: 2, title: 'SOC', estimatedCents: 9_600_000, smallLotMapa: false },
        ],
      }),
      census: null,
    });
    expect(tenderSchemaVersion('tender.TenderCreated')).toBe(3);
    expect(tenderContracts.check({ ...created!, schemaVersion: 3 })).toBeNull();
    // A version 1 payload: no lot's own requirement, nor any property of version 3, valid once upcast.
    const {
      reconductions: _reconductions,
      placeOfExecution: _place,
      executionClauses: _clauses,
      ...version1
    } = created!.data as TenderCreated;
    const stored = {
      type: created!.type,
      schemaVersion: 1,
      data: { ...version1, lots: [{ number: 1, title: 'Audit', estimatedCents: 1, smallLotMapa: false }] },
    } as EventEnvelope;
    const upcast = publishedUpcasters().upcast(stored);
    expect(upcast).toMatchObject({
      schemaVersion: 3,
      data: { reconductions: null, placeOfExecution: null, executionClauses: NO_EXECUTION_CLAUSES },
    });
    expect(tenderContracts.check(upcast)).toBeNull();
  });
});
