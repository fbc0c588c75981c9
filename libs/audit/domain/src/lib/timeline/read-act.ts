import { EventEnvelope } from '@mutualis/shared/contracts';
import { parisDate } from '@mutualis/procurement-rules';
import { CONTRACT_ACTS } from './contract-acts';
import { LedgerNames } from './ledger-names';
import { MEMBERSHIP_ACTS } from './membership-acts';
import { SUPPLIER_ACTS } from './supplier-acts';
import { TENDER_ACTS } from './tender-acts';
import { ActReading, ActRule, streamKey, SubjectKind, TimelineSubject } from './timeline-subject';

const RULES: Record<string, ActRule<never>> = {
  ...MEMBERSHIP_ACTS,
  ...SUPPLIER_ACTS,
  ...TENDER_ACTS,
  ...CONTRACT_ACTS,
};

/** The event types the timeline reads in words: every type of the four audited contexts. */
export const READ_EVENT_TYPES: readonly string[] = Object.keys(RULES);

const STREAM_SUBJECTS: Record<string, SubjectKind> = {
  consortium: 'consortium',
  census: 'census',
  supplier: 'supplier',
  tender: 'tender',
  contract: 'contract',
};

/**
 * An act of the ledger as a reader is told it: what it is about, in a French sentence, and on which civil date.
 * Everything comes from the event and the names the ledger already holds. An event type this service does not know
 * yet (published by a newer service) still gets its stream as subject and its type as summary.
 */
export function readAct(event: EventEnvelope, names: LedgerNames): ActReading {
  const occurredOn = parisDate(event.occurredAt);
  const rule = Object.hasOwn(RULES, event.type) ? RULES[event.type] : undefined;
  if (!rule) return { subject: streamSubject(event.streamId), summary: event.type, businessDate: occurredOn };
  const { subject, summary, businessDate } = rule(event.data as never, { event, names });
  return { subject, summary, businessDate: businessDate ?? occurredOn };
}

function streamSubject(streamId: string): TimelineSubject {
  const kind = STREAM_SUBJECTS[streamId.slice(0, streamId.indexOf('-'))];
  return kind
    ? { kind, id: streamKey(streamId), label: null }
    : { kind: 'stream', id: streamId, label: null };
}
