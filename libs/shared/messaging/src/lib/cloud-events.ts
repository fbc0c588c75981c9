import { Actor, EventEnvelope, UUID_PATTERN } from '@mutualis/shared/contracts';
import { BusMessage } from './bus-message';

/**
 * The envelope as a CloudEvents 1.0 message in Kafka binary mode: the payload (`data`) is the JSON body, every other
 * envelope field is a `ce_` header (CloudEvents attributes and extensions, lower-case letters only), key = streamId.
 */
const SPEC_VERSION = '1.0';

/** The CloudEvents `source` of a context's events. */
export function sourceOf(context: string): string {
  return `/mutualis/${context}`;
}

export function toMessage(event: EventEnvelope, source: string): BusMessage {
  const headers: Record<string, string> = {
    ce_specversion: SPEC_VERSION,
    ce_id: event.id,
    ce_source: source,
    ce_type: event.type,
    ce_subject: event.streamId,
    ce_time: event.occurredAt,
    'content-type': 'application/json',
    ce_schemaversion: String(event.schemaVersion),
    ce_streamid: event.streamId,
    ce_streamversion: String(event.streamVersion),
    ce_globalposition: String(event.globalPosition),
    ce_transactionid: String(event.transactionId),
    ce_consortiumid: event.consortiumId,
    ce_recordedat: event.recordedAt,
    ce_actor: JSON.stringify(event.actor),
    ce_correlationid: event.correlationId,
    ce_contenthash: event.contentHash,
  };
  if (event.causationId !== null) headers['ce_causationid'] = event.causationId;
  if (event.prevHash !== null) headers['ce_prevhash'] = event.prevHash;
  return { key: event.streamId, value: Buffer.from(JSON.stringify(event.data), 'utf8'), headers };
}

/** A message that is not a well-formed envelope: it goes to the dead-letter topic with this reason. */
export class MalformedMessageError extends Error {
  readonly reason = 'malformed-message';

  constructor(detail: string) {
    super(detail);
    this.name = 'MalformedMessageError';
  }
}

const REQUIRED = [
  'ce_specversion',
  'ce_id',
  'ce_type',
  'ce_time',
  'ce_schemaversion',
  'ce_streamid',
  'ce_streamversion',
  'ce_globalposition',
  'ce_transactionid',
  'ce_consortiumid',
  'ce_recordedat',
  'ce_actor',
  'ce_correlationid',
  'ce_contenthash',
] as const;

function integer(headers: Record<string, string>, name: string): number {
  const value = Number(headers[name]);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new MalformedMessageError(`${name} is not a non-negative integer`);
  return value;
}

function json(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedMessageError(`${what} is not valid JSON`);
  }
}

/** The envelope a message carries; throws MalformedMessageError naming what is missing or wrong. */
export function fromMessage(message: BusMessage): EventEnvelope {
  const h = message.headers;
  const missing = REQUIRED.filter((name) => h[name] === undefined);
  if (missing.length > 0) throw new MalformedMessageError(`missing headers: ${missing.join(', ')}`);
  if (h['ce_specversion'] !== SPEC_VERSION)
    throw new MalformedMessageError(`unsupported specversion ${h['ce_specversion']}`);
  // Inbox rows are keyed by the id as PostgreSQL writes UUIDs: lower-case, or the event would never match its row.
  if (!UUID_PATTERN.test(h['ce_id']!)) throw new MalformedMessageError('ce_id is not a lower-case UUID');
  const actor = json(h['ce_actor']!, 'ce_actor') as Actor;
  if (!actor || typeof actor.userId !== 'string' || typeof actor.role !== 'string') {
    throw new MalformedMessageError('ce_actor has no userId and role');
  }
  return {
    id: h['ce_id']!,
    type: h['ce_type']!,
    schemaVersion: integer(h, 'ce_schemaversion'),
    streamId: h['ce_streamid']!,
    streamVersion: integer(h, 'ce_streamversion'),
    globalPosition: integer(h, 'ce_globalposition'),
    transactionId: integer(h, 'ce_transactionid'),
    consortiumId: h['ce_consortiumid']!,
    occurredAt: h['ce_time']!,
    recordedAt: h['ce_recordedat']!,
    actor,
    correlationId: h['ce_correlationid']!,
    causationId: h['ce_causationid'] ?? null,
    data: json(message.value.toString('utf8'), 'the body'),
    contentHash: h['ce_contenthash']!,
    prevHash: h['ce_prevhash'] ?? null,
  };
}
