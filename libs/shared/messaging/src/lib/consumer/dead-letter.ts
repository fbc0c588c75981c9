import { deadLetterTopic } from '@mutualis/shared/contracts';
import { ReceivedMessage } from '../bus-message';
import { EventBus } from '../event-bus.port';

/** Why a message went to the dead-letter topic. */
export type DeadLetterReason =
  | 'malformed-message'
  | 'unknown-type'
  | 'unsupported-version'
  | 'invalid-payload'
  | 'stream-gap'
  | 'handler-failed';

export interface DeadLetter {
  reason: DeadLetterReason;
  error: string;
  attempts: number;
}

/** Headers a dead letter carries besides the original ones, saying why, where from and how often it was tried. */
export const DLT_HEADERS = {
  reason: 'dlt_reason',
  error: 'dlt_error',
  consumer: 'dlt_consumer',
  attempts: 'dlt_attempts',
  sourceTopic: 'dlt_source_topic',
  sourcePartition: 'dlt_source_partition',
  sourceOffset: 'dlt_source_offset',
  at: 'dlt_at',
} as const;

/** Sends a message the consumer gave up on to `<topic>.dlt`, unchanged but for the dlt_ headers. */
export async function sendToDeadLetters(
  bus: EventBus,
  consumer: string,
  message: ReceivedMessage,
  letter: DeadLetter,
  now: Date = new Date(),
): Promise<void> {
  await bus.publish(deadLetterTopic(message.topic), [
    {
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        [DLT_HEADERS.reason]: letter.reason,
        [DLT_HEADERS.error]: letter.error.slice(0, 2_000),
        [DLT_HEADERS.consumer]: consumer,
        [DLT_HEADERS.attempts]: String(letter.attempts),
        [DLT_HEADERS.sourceTopic]: message.topic,
        [DLT_HEADERS.sourcePartition]: String(message.partition),
        [DLT_HEADERS.sourceOffset]: message.offset,
        [DLT_HEADERS.at]: now.toISOString(),
      },
    },
  ]);
}
