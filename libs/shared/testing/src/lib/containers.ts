/** Images used when a Docker engine is available; kept close to what production runs. */
export const POSTGRES_IMAGE = 'postgres:15-alpine';
export const KAFKA_IMAGE = 'confluentinc/cp-kafka:7.9.0';

export interface StartedInfrastructure {
  value: string;
  stop(): Promise<void>;
}

/** Whether a Docker engine answers. testcontainers is loaded only here, so machines without Docker never pay for it. */
export async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function startPostgresContainer(): Promise<StartedInfrastructure> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer(POSTGRES_IMAGE).start();
  return { value: container.getConnectionUri(), stop: async () => void (await container.stop()) };
}

export async function startKafkaContainer(): Promise<StartedInfrastructure> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const container = await new KafkaContainer(KAFKA_IMAGE).withKraft().start();
  return {
    value: `${container.getHost()}:${container.getMappedPort(9093)}`,
    stop: async () => void (await container.stop()),
  };
}
