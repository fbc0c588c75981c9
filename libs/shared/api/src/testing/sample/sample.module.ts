import { Module } from '@nestjs/common';
import { CommandHandler } from '@mutualis/shared/event-sourcing';
import { PostgresEventStore } from '@mutualis/shared/event-store';
import { PlatformConfig } from '../../lib/config/platform-config';
import { GracefulShutdown } from '../../lib/lifecycle/graceful-shutdown';
import { SAMPLE_CONTRACTS, SampleContractController } from './sample-contract.controller';
import { sampleContractDecider } from './sample-contract.decider';

/** The PostgreSQL schema of the sample service: its event store and its idempotency records. */
export const SAMPLE_SCHEMA = 'sample';
export const SAMPLE_STORE = Symbol('SampleStore');

/** A service module as a real service writes one: its event store, its command handler, its controller. */
@Module({
  controllers: [SampleContractController],
  providers: [
    {
      provide: SAMPLE_STORE,
      inject: [PlatformConfig, GracefulShutdown],
      useFactory: async (config: PlatformConfig, shutdown: GracefulShutdown) => {
        const store = await PostgresEventStore.open({
          connectionString: config.DATABASE_URL,
          schema: SAMPLE_SCHEMA,
        });
        shutdown.onRelease('sample event store', () => store.close());
        return store;
      },
    },
    {
      provide: SAMPLE_CONTRACTS,
      inject: [SAMPLE_STORE],
      useFactory: (store: PostgresEventStore) => new CommandHandler(store, sampleContractDecider),
    },
  ],
  exports: [SAMPLE_STORE],
})
export class SampleModule {}
