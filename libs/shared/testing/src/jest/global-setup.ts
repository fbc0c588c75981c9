import { chooseInfrastructure, needsDockerProbe } from '../lib/infrastructure-source';
import { dockerAnswers, startKafkaContainer, startPostgresContainer } from '../lib/containers';
import { startLocalKafka } from '../lib/local-kafka';
import { ensureLocalPostgres } from '../lib/local-postgres';

type Stop = () => void | Promise<void>;

declare global {
  var __mutualisTestInfrastructureStops: Stop[] | undefined;
}

/**
 * Jest global setup of every integration test config: starts the broker (and, if needed, the database) once per run
 * and exports them as KAFKA_BROKERS / DATABASE_URL, so a second project's setup in the same run reuses them.
 */
export default async function globalSetup(): Promise<void> {
  const env = process.env;
  const choice = chooseInfrastructure(env, needsDockerProbe(env) && (await dockerAnswers()));
  const stops: Stop[] = (globalThis.__mutualisTestInfrastructureStops ??= []);
  console.log(`\ntest infrastructure: kafka from ${choice.kafka}, postgres from ${choice.postgres}`);

  if (choice.postgres === 'local') env['DATABASE_URL'] = ensureLocalPostgres();
  if (choice.postgres === 'container') {
    const postgres = await startPostgresContainer();
    stops.push(postgres.stop);
    env['DATABASE_URL'] = postgres.value;
  }

  if (choice.kafka === 'local') {
    const kafka = await startLocalKafka();
    stops.push(kafka.stop);
    env['KAFKA_BROKERS'] = kafka.brokers.join(',');
    // The broker is a separate process: stop it even when Jest is interrupted or exits early.
    process.once('exit', kafka.stop);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        kafka.stop();
        process.exit(130);
      });
    }
  }
  if (choice.kafka === 'container') {
    const kafka = await startKafkaContainer();
    stops.push(kafka.stop);
    env['KAFKA_BROKERS'] = kafka.value;
  }
}
