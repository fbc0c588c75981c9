import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { deadLetterTopic } from '@mutualis/shared/contracts';
import { migrate, pgExecutor } from '@mutualis/shared/event-store';
import { DLT_HEADERS, KafkaEventBus, MESSAGING_MIGRATIONS } from '@mutualis/shared/messaging';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { runCli } from './cli';

const environment = useIntegrationEnvironment();
let bus: KafkaEventBus;
let pool: Pool;

beforeAll(async () => {
  bus = new KafkaEventBus({ brokers: environment().kafkaBrokers, clientId: 'cli-test' });
  pool = new Pool({ connectionString: environment().databaseUrl });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  await migrate(pgExecutor(pool), 'audit', MESSAGING_MIGRATIONS, 'messaging');
});
environment.teardown(async () => {
  await bus.close();
  await pool.end();
});

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = {
    KAFKA_BROKERS: environment().kafkaBrokers.join(','),
    DATABASE_URL: environment().databaseUrl,
  };
  const status = await runCli(argv, { env, out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

function letter(topic: string, eventId: string, version: number, reason: string) {
  return {
    key: 'tender-1',
    value: Buffer.from('{"amountCents":5}'),
    headers: {
      ce_specversion: '1.0',
      ce_id: eventId,
      ce_type: 'tender.BidSubmitted',
      ce_streamid: 'tender-1',
      ce_streamversion: String(version),
      [DLT_HEADERS.reason]: reason,
      [DLT_HEADERS.error]: 'Error: lot 3 is unknown',
      [DLT_HEADERS.consumer]: 'audit-ledger',
      [DLT_HEADERS.attempts]: '4',
      [DLT_HEADERS.sourceTopic]: topic,
      [DLT_HEADERS.sourcePartition]: '0',
      [DLT_HEADERS.sourceOffset]: String(version),
      [DLT_HEADERS.at]: `2026-11-29T10:00:0${version}.000Z`,
    },
  };
}

describe('mutualis dlt', () => {
  it('lists the dead letters of a topic with why, and replays those the consumer has not applied', async () => {
    const topic = `mutualis.tender.events.cli-${randomUUID().slice(0, 8)}`;
    const [applied, missing] = [randomUUID(), randomUUID()];
    await bus.ensureTopics([topic, deadLetterTopic(topic)]);
    await bus.publish(deadLetterTopic(topic), [
      letter(topic, applied, 1, 'handler-failed'),
      letter(topic, missing, 2, 'stream-gap'),
    ]);
    await pool.query('INSERT INTO audit.inbox (consumer, event_id) VALUES ($1, $2)', [
      'audit-ledger',
      applied,
    ]);

    const listed = await cli('dlt', 'list', '--topic', topic);
    expect(listed.status).toBe(0);
    expect(listed.out).toContain(
      `audit-ledger  handler-failed  tender.BidSubmitted tender-1@1 (${applied})  after 4 attempt(s): Error: lot 3 is unknown`,
    );
    expect(listed.out).toContain(`2 dead letter(s) on ${topic}.dlt`);

    const replayed = await cli(
      'dlt',
      'replay',
      '--topic',
      topic,
      '--consumer',
      'audit-ledger',
      '--schema',
      'audit',
    );
    expect(replayed.status).toBe(0);
    expect(replayed.out).toContain('1 replayed to');
    expect(replayed.out).toContain('1 already applied');
    const back = await bus.readTopic(topic);
    expect(back.map((m) => m.headers['ce_id'])).toEqual([missing]);
    expect(Object.keys(back[0]!.headers).some((name) => name.startsWith('dlt_'))).toBe(false);
  });

  it('says what is missing instead of failing obscurely', async () => {
    const result = await cli('dlt', 'replay', '--topic', 'mutualis.tender.events');
    expect(result).toMatchObject({ status: 2, err: expect.stringContaining('--consumer is required') });
    expect((await cli('dlt', 'purge')).err).toContain('say "list" or "replay"');
  });
});
