/** Where the test environment takes a piece of infrastructure from. */
export type InfrastructureSource = 'given' | 'container' | 'local';

export interface InfrastructureChoice {
  kafka: InfrastructureSource;
  postgres: InfrastructureSource;
}

/** How `MUTUALIS_TEST_INFRA` may force the choice when nothing is given. */
export type InfrastructurePreference = 'auto' | 'local' | 'docker';

export function readPreference(value: string | undefined): InfrastructurePreference {
  const preference = (value ?? 'auto').trim().toLowerCase() || 'auto';
  if (preference === 'auto' || preference === 'local' || preference === 'docker') return preference;
  throw new Error(`MUTUALIS_TEST_INFRA must be one of auto, local, docker; got "${value}"`);
}

/** Whether a Docker engine must be asked before choosing: only when nothing is given and containers are allowed. */
export function needsDockerProbe(env: NodeJS.ProcessEnv): boolean {
  return (
    !env['KAFKA_BROKERS'] && !env['DATABASE_URL'] && readPreference(env['MUTUALIS_TEST_INFRA']) !== 'local'
  );
}

/**
 * The one place that decides where tests get Kafka and PostgreSQL from:
 * what the environment gives (`KAFKA_BROKERS`, `DATABASE_URL`) wins; when neither is given and a Docker engine
 * answers, both come from testcontainers; otherwise the broker from infra/kafka and the local PostgreSQL server.
 */
export function chooseInfrastructure(env: NodeJS.ProcessEnv, dockerAnswers: boolean): InfrastructureChoice {
  const preference = readPreference(env['MUTUALIS_TEST_INFRA']);
  const kafkaGiven = Boolean(env['KAFKA_BROKERS']);
  const postgresGiven = Boolean(env['DATABASE_URL']);
  if (preference === 'docker' && !kafkaGiven && !postgresGiven && !dockerAnswers) {
    throw new Error('MUTUALIS_TEST_INFRA=docker, but no Docker engine answers; start Docker or unset it');
  }
  const useContainers = !kafkaGiven && !postgresGiven && dockerAnswers && preference !== 'local';
  const fallback: InfrastructureSource = useContainers ? 'container' : 'local';
  return {
    kafka: kafkaGiven ? 'given' : fallback,
    postgres: postgresGiven ? 'given' : fallback,
  };
}
