import { EventEnvelope } from './envelope';
import { UpcasterRegistry } from './upcasters';

const stored = {
  type: 'tender.BidSubmitted',
  schemaVersion: 1,
  data: { amount: 1200 },
} as EventEnvelope;

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry().register(
    {
      type: 'tender.BidSubmitted',
      fromVersion: 1,
      upcast: (d) => ({ amountCents: (d as { amount: number }).amount * 100 }),
    },
    { type: 'tender.BidSubmitted', fromVersion: 2, upcast: (d) => ({ ...(d as object), vat: 'HT' }) },
  );

  it('brings an old event to the newest shape step by step', () => {
    expect(registry.upcast(stored)).toMatchObject({
      schemaVersion: 3,
      data: { amountCents: 120000, vat: 'HT' },
    });
  });

  it('leaves current events and unknown types alone', () => {
    const current = { ...stored, schemaVersion: 3 };
    expect(registry.upcast(current)).toBe(current);
    const other = { ...stored, type: 'tender.Other' };
    expect(registry.upcast(other)).toBe(other);
  });

  it('does not touch the stored event', () => {
    registry.upcast(stored);
    expect(stored).toMatchObject({ schemaVersion: 1, data: { amount: 1200 } });
  });

  it('refuses two upcasters for the same step', () => {
    expect(() =>
      registry.register({ type: 'tender.BidSubmitted', fromVersion: 1, upcast: (d) => d }),
    ).toThrow(/already registered/);
  });
});
