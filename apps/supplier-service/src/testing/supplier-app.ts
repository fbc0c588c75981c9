import { ServiceApp, startServiceApp } from '@mutualis/shared/api/testing';
import { supplierService } from '@mutualis/supplier/application';

export type SupplierApp = ServiceApp;

/**
 * The supplier registry on the real PostgreSQL (and Kafka when `kafkaBrokers` is given), its sweep manual; `env`
 * adds variables (e.g. MUTUALIS_CLOCK_CONTROL).
 */
export function startSupplierApp(
  databaseUrl: string,
  options: { kafkaBrokers?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<SupplierApp> {
  return startServiceApp(supplierService, {
    DATABASE_URL: databaseUrl,
    SUPPLIER_SWEEP_CHECK_MINUTES: '0',
    ...(options.kafkaBrokers ? { KAFKA_BROKERS: options.kafkaBrokers.join(',') } : {}),
    ...options.env,
  });
}
