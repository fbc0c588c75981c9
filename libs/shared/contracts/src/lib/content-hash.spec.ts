import { canonicalJson } from './canonical-json';
import { canonicalHashedFields, contentHash, hashedFields } from './content-hash';
import { EventEnvelope } from './envelope';

const event: EventEnvelope = {
  id: '0190c6a4-0000-7000-8000-000000000001',
  type: 'membership.ConsortiumCreated',
  schemaVersion: 1,
  streamId: 'consortium-0190c6a4-0000-7000-8000-0000000000aa',
  streamVersion: 1,
  globalPosition: 42,
  transactionId: 777,
  consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
  occurredAt: '2026-11-29T09:00:00.000Z',
  recordedAt: '2026-11-29T09:00:00.123Z',
  actor: { userId: 'u-1', role: 'coordinator', authoritySiret: '21640102400013' },
  correlationId: 'req-1',
  causationId: null,
  data: { name: 'Groupement cybersécurité Pays Basque', kind: 'permanent-groupement' },
  contentHash: 'ignored',
  prevHash: null,
};

describe('contentHash', () => {
  it('is the SHA-256 of the canonical envelope, stable across releases', () => {
    expect(contentHash(event)).toBe(contentHash({ ...event }));
    expect(contentHash(event)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores the store-assigned positions, so the hash survives a copy to another store', () => {
    expect(contentHash({ ...event, globalPosition: 1, transactionId: 2 })).toBe(contentHash(event));
  });

  it('changes when the payload, the actor, a time or the previous hash changes', () => {
    const base = contentHash(event);
    expect(contentHash({ ...event, data: { ...(event.data as object), name: 'Autre' } })).not.toBe(base);
    expect(contentHash({ ...event, actor: { ...event.actor, role: 'platform-admin' } })).not.toBe(base);
    expect(contentHash({ ...event, recordedAt: '2026-11-29T09:00:00.124Z' })).not.toBe(base);
    expect(contentHash({ ...event, prevHash: 'a'.repeat(64) })).not.toBe(base);
  });

  it('writes the hashed fields exactly as the generic canonical JSON would', () => {
    const variants = [
      event,
      { ...event, causationId: 'cmd-1', prevHash: 'f'.repeat(64) },
      {
        ...event,
        actor: { role: 'supplier', userId: 'u', supplierSiret: '44306184100047' },
        data: [1, { b: 2, a: 'é' }],
      },
      { ...event, data: null },
    ];
    for (const variant of variants) {
      expect(canonicalHashedFields(variant)).toBe(canonicalJson(hashedFields(variant)));
    }
  });
});
