import { ServiceApp, startServiceApp } from '@mutualis/shared/api/testing';
import { contractService } from '@mutualis/contract/application';

export type ContractApp = ServiceApp;

/** The contract service on the real PostgreSQL (and Kafka when `kafkaBrokers` is given). */
export function startContractApp(
  databaseUrl: string,
  options: { kafkaBrokers?: string[] } = {},
): Promise<ContractApp> {
  return startServiceApp(contractService, {
    DATABASE_URL: databaseUrl,
    ...(options.kafkaBrokers ? { KAFKA_BROKERS: options.kafkaBrokers.join(',') } : {}),
  });
}
