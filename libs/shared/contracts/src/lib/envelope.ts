/** Who did something: the person, the role they acted in, and whom they acted for. */
export interface Actor {
  userId: string;
  role: string;
  /** SIRET of the public authority the person acts for, when they act for one. */
  authoritySiret?: string;
  /** SIRET of the company the person acts for, when they act for one. */
  supplierSiret?: string;
  /** The person or body on whose behalf the action was taken, when not the actor's own organisation. */
  onBehalfOf?: string;
}

/** The tenant of platform-wide events that belong to no consortium. */
export const PLATFORM_TENANT = 'platform';

/**
 * The one envelope of every stored event: the same in the store, on Kafka and in exports (architecture §3).
 * Times are ISO 8601 in UTC with milliseconds, the form the content hash is computed on.
 */
export interface EventEnvelope<Data = unknown> {
  id: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  /** Commit order within the service's store; assigned by the store, not hashed. */
  globalPosition: number;
  /** The storing transaction's id; assigned by the store, not hashed. */
  transactionId: number;
  consortiumId: string;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  data: Data;
  contentHash: string;
  prevHash: string | null;
}

/** What a writer gives the store; the store adds the stream position, the times it owns and the hashes. */
export interface NewEvent<Data = unknown> {
  /** UUIDv7; generated when absent. Appending an event id again is a no-op that returns the first positions. */
  id?: string;
  type: string;
  schemaVersion?: number;
  consortiumId: string;
  /** Business time given by the actor, ISO 8601 with a time zone. */
  occurredAt: string;
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  data: Data;
}

/** The envelope fields covered by `contentHash`: all but the hash itself and the store-assigned positions. */
export type HashedFields = Omit<EventEnvelope, 'globalPosition' | 'transactionId' | 'contentHash'>;
