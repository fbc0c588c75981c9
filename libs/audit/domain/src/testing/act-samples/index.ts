import { EventEnvelope } from '@mutualis/shared/contracts';
import { rehashed } from '../ledger-fixtures';
import { CONTRACT_SAMPLES } from './contract-samples';
import { MEMBERSHIP_SAMPLES } from './membership-samples';
import { SAMPLE } from './sample-ids';
import { SUPPLIER_SAMPLES } from './supplier-samples';
import { TENDER_SAMPLES } from './tender-samples';

export { SAMPLE } from './sample-ids';

/** One valid payload of every event type of the four audited contexts, by type. */
export const EVENT_SAMPLES: Record<string, unknown> = {
  ...MEMBERSHIP_SAMPLES,
  ...SUPPLIER_SAMPLES,
  ...TENDER_SAMPLES,
  ...CONTRACT_SAMPLES,
};

const CENSUS_EVENTS = ['membership.CensusOpened', 'membership.NeedsSubmitted', 'membership.CensusClosed'];

/** The stream a sample of this type belongs to. */
export function sampleStream(type: string): string {
  if (CENSUS_EVENTS.includes(type)) return `census-${SAMPLE.census}`;
  if (type.startsWith('membership.')) return `consortium-${SAMPLE.consortium}`;
  if (type.startsWith('supplier.')) return `supplier-${SAMPLE.holder}`;
  if (type.startsWith('tender.')) return `tender-${SAMPLE.tender}`;
  return `contract-${SAMPLE.contract}`;
}

/** An envelope of this type and payload, on its sample stream, occurring at `occurredAt`. */
export function sampleEvent(
  type: string,
  data: unknown,
  occurredAt = '2026-06-30T22:30:00.000Z',
): EventEnvelope {
  return rehashed({
    id: SAMPLE.key,
    type,
    schemaVersion: 1,
    streamId: sampleStream(type),
    streamVersion: 1,
    globalPosition: 1,
    transactionId: 1,
    consortiumId: type.startsWith('supplier.') ? 'platform' : SAMPLE.consortium,
    occurredAt,
    recordedAt: occurredAt,
    actor: { userId: 'sample', role: 'coordinator' },
    correlationId: 'sample',
    causationId: null,
    data,
    contentHash: '',
    prevHash: null,
  });
}
