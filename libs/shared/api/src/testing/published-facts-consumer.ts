import { Pool } from 'pg';
import { Context } from '@mutualis/shared/contracts';
import { pgExecutor } from '@mutualis/shared/event-store';
import { KafkaEventBus, runConsumer } from '@mutualis/shared/messaging';
import { PublishedFacts } from '../lib/facts/published-facts';

/**
 * One consumer of another service's published facts (`<context>.<what>`), running the code that service runs, on a
 * schema of its own and under a consumer group of its own, so that no service of another test file shares the
 * topic's partitions with it. `facts` reads what it learnt.
 */
export async function runPublishedFactsConsumer(options: {
  context: Context;
  consumer: string;
  schema: string;
  databaseUrl: string;
  kafkaBrokers: string[];
}): Promise<{ facts: PublishedFacts; stop(): Promise<void> }> {
  const { context, consumer, schema } = options;
  const pool = new Pool({ connectionString: options.databaseUrl, max: 2 });
  pool.on('error', () => undefined); // an idle connection cut at the end must not fail the run
  const bus = new KafkaEventBus({ brokers: options.kafkaBrokers, clientId: `${context}-service` });
  const facts = new PublishedFacts(pgExecutor(pool), context, schema);
  await facts.prepare();
  const definition = PublishedFacts.consumers(context, schema).find(({ name }) => name === consumer);
  if (!definition) throw new Error(`the ${context} service has no consumer ${consumer}`);
  const running = await runConsumer(
    { ...definition, name: `${consumer}.${schema}` },
    { bus, sql: pgExecutor(pool), schema },
  );
  return {
    facts,
    stop: async () => {
      await running.stop();
      await bus.close();
      await pool.end();
    },
  };
}
