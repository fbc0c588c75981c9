import { EventEnvelope } from '@mutualis/shared/contracts';
import { LedgerNames } from './ledger-names';

/** What an act is about: the commune, company, consultation, lot, offer or marché a reader looks for. */
export type SubjectKind =
  | 'consortium'
  | 'authority'
  | 'procedure'
  | 'census'
  | 'tender'
  | 'lot'
  | 'bid'
  | 'supplier'
  | 'contract'
  | 'person'
  /** A stream the audit cannot name yet (a newer service's): its id is the stream's. */
  | 'stream';

export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'consortium',
  'authority',
  'procedure',
  'census',
  'tender',
  'lot',
  'bid',
  'supplier',
  'contract',
  'person',
  'stream',
];

/**
 * The subject of an act: its kind, its identifier (a SIRET, a UUID, `<tenderId>/lots/<n>` for a lot) and its label
 * as the ledger knows it, null when the ledger never received its name.
 */
export interface TimelineSubject {
  kind: SubjectKind;
  id: string;
  label: string | null;
}

/** An act as a reader is told it: its subject, a short French sentence, and the civil date it took effect. */
export interface ActReading {
  subject: TimelineSubject;
  summary: string;
  /** `YYYY-MM-DD`: the date the act takes effect or was decided, as its payload gives it, else the Paris day it occurred. */
  businessDate: string;
}

/** What a rule reading one event type is given besides the payload. */
export interface ActOn {
  event: EventEnvelope;
  names: LedgerNames;
}

/** How one event type reads; without a `businessDate`, the act dates from the Paris day it occurred. */
export type ActRule<Data> = (
  data: Data,
  on: ActOn,
) => { subject: TimelineSubject; summary: string; businessDate?: string };

/** The rules of every event type of one context, by type: a missing type does not compile. */
export type ActRules<EventData> = { [Type in keyof EventData]: ActRule<EventData[Type]> };

/** The part of a stream id after its aggregate's prefix: `tender-<uuid>` gives the tender's uuid. */
export const streamKey = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);
