import { ServiceApp, startServiceApp } from '@mutualis/shared/api/testing';
import { membershipService } from '@mutualis/membership/application';

export type MembershipApp = ServiceApp;

/** The membership service on the real PostgreSQL (and Kafka when `kafkaBrokers` is given). */
export function startMembershipApp(
  databaseUrl: string,
  options: { kafkaBrokers?: string[] } = {},
): Promise<MembershipApp> {
  return startServiceApp(membershipService, {
    DATABASE_URL: databaseUrl,
    ...(options.kafkaBrokers ? { KAFKA_BROKERS: options.kafkaBrokers.join(',') } : {}),
  });
}
