import { EventContracts } from '../event-contracts';
import { schemaContract } from '../schema-contract';
import { instant, nullable, object, oneOf, uuid } from '../schema-parts';

const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const position = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } as const;
const streamId = { type: 'string', minLength: 1, maxLength: 200 } as const;
const evidence = { type: 'string', maxLength: 200 } as const;

/** Every event type the audit service publishes, at its current schema version. */
export const auditContracts = new EventContracts([
  schemaContract(
    'audit.ChainBreakDetected',
    1,
    object({
      eventId: uuid,
      streamId,
      streamVersion: { type: 'integer', minimum: 0 },
      reason: oneOf(['content-hash', 'prev-hash', 'version-gap']),
      expected: evidence,
      actual: evidence,
      ledgerPosition: position,
    }),
  ),
  schemaContract(
    'audit.ConsortiumSealed',
    1,
    object({
      // A consortium's id, or `platform` for the events of the platform's own registries (suppliers).
      consortiumId: { type: 'string', minLength: 1, maxLength: 100 },
      sequence: { type: 'integer', minimum: 1 },
      fromPosition: position,
      toPosition: position,
      eventCount: { type: 'integer', minimum: 1 },
      merkleRoot: sha256,
      previousSealHash: nullable(sha256),
      sealedAt: instant,
      sealHash: sha256,
      signature: nullable({ type: 'string', minLength: 1, maxLength: 200 }),
    }),
  ),
]);
