import { Migration } from '@mutualis/shared/event-store';

/** Tables a consuming service keeps in its schema, versioned with the messaging component. */
export const MESSAGING_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'messaging: inbox and per-stream positions of consumers',
    sql: (s) => `
      -- One row per event a consumer has applied: a redelivered event finds its row and has no second effect.
      CREATE TABLE ${s}.inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      );
      -- The last version of each stream a projection applied: events must arrive in stream order.
      CREATE TABLE ${s}.stream_positions (
        consumer text NOT NULL,
        stream_id text NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (consumer, stream_id)
      );
    `,
  },
];
