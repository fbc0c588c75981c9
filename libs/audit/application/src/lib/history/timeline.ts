import { LedgerEntry } from '@mutualis/audit/domain';

/** One act of a consortium's history, as compliance staff read it. */
export interface TimelineAct {
  position: number;
  recordedAt: string;
  occurredAt: string;
  type: string;
  streamId: string;
  streamVersion: number;
  userId: string;
  role: string;
  /** The authority or company the actor acted for, when any. */
  actingFor: string | null;
  /** The article a refusal or decision rests on, when the event names one. */
  legalReference: string | null;
  correlationId: string;
  causationId: string | null;
  eventId: string;
}

export function timelineAct({ position, event }: LedgerEntry): TimelineAct {
  const data = (event.data ?? {}) as { legalReference?: unknown };
  return {
    position,
    recordedAt: event.recordedAt,
    occurredAt: event.occurredAt,
    type: event.type,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    userId: event.actor.userId,
    role: event.actor.role,
    actingFor: event.actor.authoritySiret ?? event.actor.supplierSiret ?? null,
    legalReference: typeof data.legalReference === 'string' ? data.legalReference : null,
    correlationId: event.correlationId,
    causationId: event.causationId,
    eventId: event.id,
  };
}

const COLUMNS: (keyof TimelineAct)[] = [
  'position',
  'recordedAt',
  'occurredAt',
  'type',
  'streamId',
  'streamVersion',
  'userId',
  'role',
  'actingFor',
  'legalReference',
  'correlationId',
  'causationId',
  'eventId',
];

/** The acts as CSV (RFC 4180): a header, one line per act, fields quoted when they hold a comma, quote or newline. */
export function timelineCsv(acts: TimelineAct[]): string {
  const field = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [COLUMNS.join(','), ...acts.map((act) => COLUMNS.map((column) => field(act[column])).join(','))]
    .map((line) => `${line}\r\n`)
    .join('');
}
