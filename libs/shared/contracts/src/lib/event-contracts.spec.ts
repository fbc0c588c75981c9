import { EventContracts } from './event-contracts';

const bidSubmitted = {
  type: 'tender.BidSubmitted',
  schemaVersion: 2,
  validate: (data: unknown) => {
    const amount = (data as { amountCents?: unknown } | null)?.amountCents;
    return Number.isInteger(amount) && (amount as number) >= 0
      ? []
      : ['amountCents must be a non-negative integer'];
  },
};

describe('EventContracts', () => {
  const contracts = new EventContracts([bidSubmitted]);

  it('accepts a valid event of the current or an older schema version', () => {
    expect(
      contracts.check({ type: 'tender.BidSubmitted', schemaVersion: 2, data: { amountCents: 10 } }),
    ).toBeNull();
    expect(
      contracts.check({ type: 'tender.BidSubmitted', schemaVersion: 1, data: { amountCents: 10 } }),
    ).toBeNull();
  });

  it('names an unknown type, a newer version and an invalid payload', () => {
    expect(contracts.check({ type: 'tender.Unknown', schemaVersion: 1, data: {} })).toMatchObject({
      reason: 'unknown-type',
    });
    expect(contracts.check({ type: 'tender.BidSubmitted', schemaVersion: 3, data: {} })).toMatchObject({
      reason: 'unsupported-version',
    });
    expect(
      contracts.check({ type: 'tender.BidSubmitted', schemaVersion: 2, data: { amountCents: -1 } }),
    ).toEqual({
      reason: 'invalid-payload',
      detail: 'amountCents must be a non-negative integer',
    });
  });

  it('refuses a type declared twice, also when merging', () => {
    expect(() => new EventContracts([bidSubmitted, bidSubmitted])).toThrow(/declared twice/);
    expect(() => EventContracts.of(contracts, contracts)).toThrow(/declared twice/);
  });
});
