import { ServiceApp, startServiceApp } from '@mutualis/shared/api/testing';
import { tenderService } from '@mutualis/tender/application';

export type TenderApp = ServiceApp;

/** 32 bytes, base64: the tests' master key for sealing bids. */
export const TEST_BID_SEALING_KEY = Buffer.alloc(32, 9).toString('base64');

/** The tender service on the real PostgreSQL (and Kafka when `kafkaBrokers` is given). */
export function startTenderApp(
  databaseUrl: string,
  options: { kafkaBrokers?: string[] } = {},
): Promise<TenderApp> {
  return startServiceApp(tenderService, {
    DATABASE_URL: databaseUrl,
    MUTUALIS_BID_SEALING_KEY: TEST_BID_SEALING_KEY,
    ...(options.kafkaBrokers ? { KAFKA_BROKERS: options.kafkaBrokers.join(',') } : {}),
  });
}
