import { ConsortiumSealed, EventEnvelope } from '@mutualis/shared/contracts';
import { CONSORTIUM, interleave, ledger, rehashed, sealingKeys, stream } from '../testing/ledger-fixtures';
import { AuditBundle, makeBundle, verifyBundle } from './audit-bundle';
import { nextSeal, Seal, sealHash, signSeal } from './seal';

const keys = sealingKeys();
const entries = ledger(interleave(stream('contract-1', 4), stream('invoice-1', 3)));

/** Two signed seals (up to position 40, then the rest) recorded as the audit store records them. */
function sealEvents(): EventEnvelope[] {
  const seals: Seal[] = [];
  for (const upTo of [40, 70]) {
    const within = entries.filter((entry) => entry.position <= upTo);
    seals.push(
      nextSeal({
        consortiumId: CONSORTIUM,
        previous: seals.at(-1) ?? null,
        entries: within,
        sealedAt: '2026-08-01T00:00:00.000Z',
      })!,
    );
  }
  const records = stream(`seals-${CONSORTIUM}`, seals.length, {
    data: (version) => {
      const seal = seals[version - 1]!;
      return {
        ...seal,
        sealHash: sealHash(seal),
        signature: signSeal(seal, keys.privateKeyPem),
      } satisfies ConsortiumSealed;
    },
  });
  return records.map((record) => ({ ...record, type: 'audit.ConsortiumSealed' })).map(rehashedChain);
}

/** Re-chains events whose type changed after the fixture hashed them. */
function rehashedChain(event: EventEnvelope, index: number, all: EventEnvelope[]): EventEnvelope {
  const previous = index === 0 ? null : rehashedChain(all[index - 1]!, index - 1, all);
  return rehashed({ ...event, prevHash: previous?.contentHash ?? null });
}

const bundle = (): AuditBundle =>
  makeBundle({
    consortiumId: CONSORTIUM,
    entries,
    sealEvents: sealEvents(),
    exportedAt: '2026-09-01T00:00:00.000Z',
  });

describe('audit bundles, verified offline', () => {
  it('verifies an intact bundle: manifest, seal record, chains, seals and signatures', () => {
    const report = verifyBundle(bundle(), keys.publicKeyPem);
    expect(report).toMatchObject({ ok: true, manifestMatches: true, sealRecordBreak: null, sealsChecked: 2 });
    expect(report.eventsChecked).toBe(7);
  });

  it('names an event deleted from the bundle', () => {
    const tampered = bundle();
    tampered.entries.splice(2, 1);
    const report = verifyBundle(tampered, keys.publicKeyPem);
    expect(report).toMatchObject({ ok: false, manifestMatches: false, firstBreak: { kind: 'chain' } });
  });

  it('shows the newest seal removed, by the manifest, and an altered seal record by its chain', () => {
    const truncated = bundle();
    truncated.sealEvents.pop();
    expect(verifyBundle(truncated, keys.publicKeyPem)).toMatchObject({ ok: false, manifestMatches: false });

    const altered = bundle();
    const first = altered.sealEvents[0]!;
    altered.sealEvents[0] = { ...first, data: { ...(first.data as ConsortiumSealed), eventCount: 2 } };
    expect(verifyBundle(altered, keys.publicKeyPem)).toMatchObject({
      ok: false,
      sealRecordBreak: { reason: 'content-hash', streamVersion: 1 },
    });
  });

  it('refuses what is not a bundle', () => {
    expect(() => verifyBundle({ entries: [] } as unknown as AuditBundle)).toThrow(RangeError);
  });
});
