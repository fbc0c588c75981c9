import { contractDecider, INITIAL_CONTRACT_STATE } from '@mutualis/contract/domain';
import { ContractEvent, contentHash, EventEnvelope } from '@mutualis/shared/contracts';
import { CONSORTIUM } from '../testing/ledger-fixtures';
import { aggregateKind, stateAsOf } from './time-travel';

const STREAM = 'contract-0192f0a0-0000-7000-8000-00000000c001';
const opened: ContractEvent = {
  type: 'contract.ContractOpened',
  data: {
    contractId: '0192f0a0-0000-7000-8000-00000000c001',
    consortiumId: CONSORTIUM,
    tenderId: '0192f0a0-0000-7000-8000-0000000000d1',
    lot: 1,
    object: 'Audit de sécurité',
    cpvCode: '72000000-5',
    nature: 'services',
    buyer: 'sub-central',
    procedure: 'open',
    formalised: true,
    launchedOn: '2026-03-02',
    thresholdTable: '2026-01-01',
    kind: 'contract',
    holderSiret: '73282932000074',
    amountCents: 20_000_000,
    signedOn: '2026-06-15',
    beneficiaries: ['21440050900011'],
    durationMonths: null,
    openedFrom: '0192f0a0-0000-7000-8000-0000000000e1',
  },
};
const suspended: ContractEvent = {
  type: 'contract.ContractSuspended',
  data: { suspendedOn: '2026-09-01', reason: 'Intempéries' },
};

/** The contract's two events as the ledger received them: opened on 15 June, suspended on 1 September. */
function received(): { position: number; event: EventEnvelope }[] {
  const days = ['2026-06-15T10:00:00.000Z', '2026-09-01T10:00:00.000Z'];
  const envelopes: EventEnvelope[] = [];
  [opened, suspended].forEach((domainEvent, i) => {
    const event: EventEnvelope = {
      id: `0192f0a0-0000-7000-8000-00000000e00${i}`,
      ...domainEvent,
      schemaVersion: 1,
      streamId: STREAM,
      streamVersion: i + 1,
      globalPosition: i + 1,
      transactionId: i + 1,
      consortiumId: CONSORTIUM,
      occurredAt: days[i]!,
      recordedAt: days[i]!,
      actor: { userId: 'system', role: 'system' },
      correlationId: 'c',
      causationId: null,
      contentHash: '',
      prevHash: envelopes.at(-1)?.contentHash ?? null,
    };
    envelopes.push({ ...event, contentHash: contentHash(event) });
  });
  return envelopes.map((event, i) => ({ position: 100 + i, event }));
}

describe('time travel: an aggregate as recorded at a moment', () => {
  it('rebuilds the contract as it was before a later event changed it, by date or by ledger position', () => {
    const asBefore = contractDecider.evolve(INITIAL_CONTRACT_STATE, opened);
    expect(stateAsOf(STREAM, received(), { asOf: '2026-08-31T23:59:59Z' })).toEqual({
      state: asBefore,
      version: 1,
      lastRecordedAt: '2026-06-15T10:00:00.000Z',
      position: 100,
    });
    expect(stateAsOf(STREAM, received(), { position: 100 })?.state).toEqual(asBefore);
    expect(stateAsOf(STREAM, received(), {})?.state).toMatchObject({ status: 'suspended' });
    expect(stateAsOf(STREAM, received(), { asOf: '2026-06-01T00:00:00Z' })).toBeNull();
  });

  it('knows which streams it can rebuild', () => {
    expect(aggregateKind('tender-0192f0a0-0000-7000-8000-0000000000d1')).toBe('tender');
    expect(aggregateKind('seals-x')).toBeNull();
    expect(() => stateAsOf('seals-x', received(), {})).toThrow(RangeError);
  });
});
