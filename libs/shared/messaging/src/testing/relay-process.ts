/**
 * A relay in a process of its own, for the crash tests: started with node and killed with SIGKILL.
 * Environment: DATABASE_URL, KAFKA_BROKERS, RELAY_SCHEMA, RELAY_TOPIC.
 */
import { PostgresEventStore } from '@mutualis/shared/event-store';
import { KafkaEventBus } from '../lib/kafka/kafka-event-bus';
import { startRelay } from '../lib/relay';

async function main(): Promise<void> {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const store = await PostgresEventStore.open({
    connectionString: env('DATABASE_URL'),
    schema: env('RELAY_SCHEMA'),
  });
  const bus = new KafkaEventBus({
    brokers: env('KAFKA_BROKERS').split(','),
    clientId: `relay-${process.pid}`,
  });
  const relay = startRelay({
    store,
    bus,
    context: 'tender',
    topic: env('RELAY_TOPIC'),
    batchSize: 50,
    pollIntervalMs: 100,
  });
  process.stdout.write('relay started\n');
  process.once('SIGTERM', () => {
    void relay
      .stop()
      .then(() => Promise.all([bus.close(), store.close()]))
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
