import { ActReading, LedgerEntry, LedgerNames, readAct, TimelineSubject } from '@mutualis/audit/domain';

/** One act of a consortium's history, as compliance staff read it. */
export interface TimelineAct extends ActReading {
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

/** A page of the timeline, with the moment it was read at. */
export interface TimelinePage {
  /** The instant of recording the reading stops at, as asked (normalised), or null. */
  asOf: string | null;
  /** The ledger position the reading went up to: asked again up to it, the timeline is the same. */
  position: number | null;
  acts: TimelineAct[];
  next: number | null;
}

/** The act of a ledger entry, read with the names the ledger holds. */
export function timelineAct({ position, event }: LedgerEntry, names: LedgerNames): TimelineAct {
  const data = (event.data ?? {}) as { legalReference?: unknown };
  const { subject, summary, businessDate } = readAct(event, names);
  return {
    position,
    recordedAt: event.recordedAt,
    occurredAt: event.occurredAt,
    businessDate,
    type: event.type,
    subject,
    summary,
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

type Column = [name: string, value: (act: TimelineAct) => unknown];
const column = (name: keyof TimelineAct): Column => [name, (act) => act[name]];
const subject = (name: keyof TimelineSubject): Column => [
  `subject${name[0]!.toUpperCase()}${name.slice(1)}`,
  (act) => act.subject[name],
];

const COLUMNS: Column[] = [
  column('position'),
  column('recordedAt'),
  column('occurredAt'),
  column('businessDate'),
  column('type'),
  subject('kind'),
  subject('id'),
  subject('label'),
  column('summary'),
  column('streamId'),
  column('streamVersion'),
  column('userId'),
  column('role'),
  column('actingFor'),
  column('legalReference'),
  column('correlationId'),
  column('causationId'),
  column('eventId'),
];

/** The acts as CSV (RFC 4180): a header, one line per act, fields quoted when they hold a comma, quote or newline. */
export function timelineCsv(acts: TimelineAct[]): string {
  const field = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [
    COLUMNS.map(([name]) => name).join(','),
    ...acts.map((act) => COLUMNS.map(([, value]) => field(value(act))).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}
