import { contentHash, EventEnvelope } from '@mutualis/shared/contracts';
import { generateKeyPairSync } from 'node:crypto';
import { LedgerEntry } from '../lib/seal';

export const CONSORTIUM = '0192f0a0-0000-7000-8000-0000000000c1';
export const OTHER_CONSORTIUM = '0192f0a0-0000-7000-8000-0000000000c2';

/** The envelope with its content hash recomputed: what a forger who knows the scheme does after a change. */
export const rehashed = (event: EventEnvelope): EventEnvelope => ({
  ...event,
  contentHash: contentHash(event),
});

/**
 * A stream of `count` events as a service stores them: real content hashes, each event chained to the previous
 * one by prevHash. `data(version)` varies the payload.
 */
export function stream(
  streamId: string,
  count: number,
  options: { consortiumId?: string; data?: (version: number) => unknown } = {},
): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  for (let version = 1; version <= count; version++) {
    events.push(
      rehashed({
        id: `${streamId}-e${version}`,
        type: 'contract.InvoiceReceived',
        schemaVersion: 1,
        streamId,
        streamVersion: version,
        globalPosition: version,
        transactionId: version,
        consortiumId: options.consortiumId ?? CONSORTIUM,
        occurredAt: `2026-07-${String(version).padStart(2, '0')}T09:00:00.000Z`,
        recordedAt: `2026-07-${String(version).padStart(2, '0')}T09:00:00.123Z`,
        actor: { userId: 'u-1', role: 'coordinator', authoritySiret: '21440109300015' },
        correlationId: `req-${streamId}-${version}`,
        causationId: null,
        data: options.data?.(version) ?? { invoice: version, amountCents: 100_000 * version },
        contentHash: '',
        prevHash: events.at(-1)?.contentHash ?? null,
      }),
    );
  }
  return events;
}

/** The streams' events taken in turn, one from each, as a ledger fed by several services receives them. */
export function interleave(...streams: EventEnvelope[][]): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  for (let i = 0; i < Math.max(...streams.map((one) => one.length)); i++) {
    for (const one of streams) if (one[i]) events.push(one[i]!);
  }
  return events;
}

/**
 * The events as ledger entries at positions 10, 20, 30…: the gaps are other consortia's entries in the shared
 * ledger.
 */
export const ledger = (events: EventEnvelope[]): LedgerEntry[] =>
  events.map((event, i) => ({ position: 10 * (i + 1), event }));

/** A fresh Ed25519 key pair in PEM, as the audit service would be configured with. */
export const sealingKeys = (): { privateKeyPem: string; publicKeyPem: string } => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
};
