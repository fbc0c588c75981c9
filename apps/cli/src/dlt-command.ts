import { Pool } from 'pg';
import { pgExecutor } from '@mutualis/shared/event-store';
import {
  DeadLetterEntry,
  DeadLetterReason,
  KafkaEventBus,
  listDeadLetters,
  replayDeadLetters,
} from '@mutualis/shared/messaging';
import { CliIo, parseCliOptions, required, UsageError } from './cli-io';

export const DLT_USAGE = `Usage: mutualis dlt list   --topic <topic> [--consumer <name>] [--json]
       mutualis dlt replay --topic <topic> --consumer <name> --schema <schema> [--reason <reason>…]

Dead letters are the messages a consumer gave up on (<topic>.dlt), with why. "list" shows them oldest first;
"replay" sends a consumer's letters back to their topic, in order, once the consumer is fixed, skipping events it
has applied since (read from its inbox in DATABASE_URL, schema --schema).

  --topic     the source topic, e.g. mutualis.tender.events
  --consumer  the consumer (its group id)
  --schema    the consuming service's schema, where its inbox lives
  --reason    only letters that failed for this reason (repeatable): malformed-message, unknown-type,
              unsupported-version, invalid-payload, stream-gap, handler-failed
  --json      print JSON instead of one line per letter

Environment: KAFKA_BROKERS (host:port,…), DATABASE_URL (replay only).`;

const REASONS: DeadLetterReason[] = [
  'malformed-message',
  'unknown-type',
  'unsupported-version',
  'invalid-payload',
  'stream-gap',
  'handler-failed',
];

/** `mutualis dlt list|replay`: the operator's view of dead letters, and their replay after a fix. */
export async function dltCommand(args: string[], io: CliIo): Promise<void> {
  const [action, ...rest] = args;
  if (action !== 'list' && action !== 'replay') throw new UsageError('say "list" or "replay"');
  const { values } = parseCliOptions(rest, OPTIONS);
  const topic = required(values.topic, '--topic');
  const brokers = io.env['KAFKA_BROKERS'];
  if (!brokers) throw new UsageError('KAFKA_BROKERS is not set');
  const reasons = (values.reason ?? []).map((reason) => {
    if (!REASONS.includes(reason as DeadLetterReason)) throw new UsageError(`unknown --reason ${reason}`);
    return reason as DeadLetterReason;
  });
  const bus = new KafkaEventBus({ brokers: brokers.split(','), clientId: 'mutualis-cli' });
  try {
    if (action === 'list') {
      const letters = await listDeadLetters(bus, topic, values.consumer);
      io.out(values.json ? `${JSON.stringify(letters, null, 2)}\n` : letters.map(line).join(''));
      if (!values.json) io.out(`${letters.length} dead letter(s) on ${topic}.dlt\n`);
      return;
    }
    const consumer = required(values.consumer, '--consumer');
    const schema = required(values.schema, '--schema');
    const databaseUrl = io.env['DATABASE_URL'];
    if (!databaseUrl) throw new UsageError('DATABASE_URL is not set: replay reads the consumer inbox');
    const pool = new Pool({ connectionString: databaseUrl });
    try {
      const report = await replayDeadLetters({
        bus,
        sql: pgExecutor(pool),
        schema,
        topic,
        consumer,
        ...(reasons.length > 0 ? { reasons } : {}),
      });
      if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
      else {
        report.replayed.forEach((letter) => io.out(`replayed  ${line(letter)}`));
        io.out(
          `${report.replayed.length} replayed to ${topic}, ${report.alreadyApplied.length} already applied, ` +
            `${report.notReplayable.length} not replayable (malformed)\n`,
        );
      }
    } finally {
      await pool.end();
    }
  } finally {
    await bus.close();
  }
}

function line(letter: DeadLetterEntry): string {
  const event = letter.eventId
    ? `${letter.type} ${letter.streamId}@${letter.streamVersion} (${letter.eventId})`
    : '(not an event)';
  return `${letter.at}  ${letter.consumer}  ${letter.reason}  ${event}  after ${letter.attempts} attempt(s): ${letter.error}\n`;
}

const OPTIONS = {
  topic: { type: 'string' },
  consumer: { type: 'string' },
  schema: { type: 'string' },
  reason: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;
