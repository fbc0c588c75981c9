import { contentHash, EventEnvelope } from '@mutualis/shared/contracts';
import { fromMessage, MalformedMessageError, sourceOf, toMessage } from './cloud-events';

const event: EventEnvelope = {
  id: '0190c6a4-0000-7000-8000-000000000001',
  type: 'tender.BidSubmitted',
  schemaVersion: 2,
  streamId: 'tender-0190c6a4-0000-7000-8000-0000000000bb',
  streamVersion: 7,
  globalPosition: 1234,
  transactionId: 98765,
  consortiumId: '0190c6a4-0000-7000-8000-0000000000aa',
  occurredAt: '2026-11-29T09:00:00.000Z',
  recordedAt: '2026-11-29T09:00:00.120Z',
  actor: { userId: 'u-9', role: 'supplier', supplierSiret: '44306184100047' },
  correlationId: 'req-1',
  causationId: null,
  data: { lot: 2, amountCents: 1_250_000 },
  contentHash: '',
  prevHash: 'a'.repeat(64),
};
event.contentHash = contentHash(event);

describe('CloudEvents binary mode', () => {
  it('carries the payload as the JSON body and the envelope as ce_ headers, keyed by stream', () => {
    const message = toMessage(event, sourceOf('tender'));
    expect(message.key).toBe(event.streamId);
    expect(JSON.parse(message.value.toString())).toEqual(event.data);
    expect(message.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: '/mutualis/tender',
      ce_type: 'tender.BidSubmitted',
      ce_subject: event.streamId,
      ce_time: event.occurredAt,
      'content-type': 'application/json',
      ce_streamversion: '7',
    });
    expect(Object.keys(message.headers).every((name) => /^(ce_[a-z0-9]+|content-type)$/.test(name))).toBe(
      true,
    );
  });

  it('round-trips the envelope exactly, so the content hash still verifies after the trip', () => {
    const received = fromMessage(toMessage(event, sourceOf('tender')));
    expect(received).toEqual(event);
    expect(contentHash(received)).toBe(event.contentHash);
    const withCause = { ...event, causationId: 'cmd-1', prevHash: null };
    expect(fromMessage(toMessage(withCause, sourceOf('tender')))).toEqual(withCause);
  });

  it('names what is wrong with a message that is not an envelope', () => {
    const message = toMessage(event, sourceOf('tender'));
    const without = { ...message, headers: { ...message.headers } };
    delete without.headers['ce_contenthash'];
    expect(() => fromMessage(without)).toThrow(new MalformedMessageError('missing headers: ce_contenthash'));
    expect(() => fromMessage({ ...message, value: Buffer.from('{not json') })).toThrow(
      'the body is not valid JSON',
    );
    expect(() =>
      fromMessage({ ...message, headers: { ...message.headers, ce_streamversion: '-1' } }),
    ).toThrow('ce_streamversion is not a non-negative integer');
  });
});
