import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Context, eventsTopic, publishedUpcasters } from '@mutualis/shared/contracts';
import { Subscription } from '@mutualis/shared/event-sourcing';
import { SqlEventStore, SqlExecutor } from '@mutualis/shared/event-store';
import {
  ConsumerDefinition,
  EventBus,
  KafkaEventBus,
  Projection,
  ProjectionRunner,
  RunningConsumer,
  runConsumer,
  startRelay,
  watchLag,
} from '@mutualis/shared/messaging';
import { PlatformMetrics } from '../observability/platform-metrics';

export interface ContextRuntimeParts {
  context: Context;
  schema: string;
  store: SqlEventStore;
  bus: EventBus;
  dataSource: DataSource;
  sql: SqlExecutor;
  projections: Projection[];
  consumers: ConsumerDefinition[];
  metrics: PlatformMetrics;
  /** Put before each consumer's name to make its Kafka consumer group (KAFKA_CONSUMER_GROUP_PREFIX). */
  groupPrefix: string;
}

/**
 * What runs behind a context's API once it has started: the relay publishing its store to its topic, the
 * projections feeding its read models, and its consumers of other contexts' events.
 */
export class ContextRuntime {
  private readonly logger = new Logger(ContextRuntime.name);
  private readonly runners: ProjectionRunner[];
  /** Its consumers bring other contexts' older events to their current shape, as its store does its own. */
  private readonly upcasters = publishedUpcasters();
  private relay: Subscription | undefined;
  private consumers: RunningConsumer[] = [];
  private lagWatch: { stop(): void } | undefined;

  constructor(private readonly parts: ContextRuntimeParts) {
    this.runners = parts.projections.map(
      (projection) =>
        new ProjectionRunner(parts.dataSource, parts.store, projection, (error) =>
          this.logger.warn(`projection ${projection.name} failed a batch, retrying: ${String(error)}`),
        ),
    );
  }

  /**
   * Adds a consumer before the runtime starts: for consumers that need the service's own providers, such as process
   * managers issuing commands in this service.
   */
  addConsumer(consumer: ConsumerDefinition): void {
    if (this.relay) throw new Error(`consumer ${consumer.name} added after the runtime started`);
    this.parts.consumers.push(consumer);
  }

  get topic(): string {
    return eventsTopic(this.parts.context);
  }

  async start(): Promise<void> {
    const { store, bus, context, schema, sql, metrics } = this.parts;
    await bus.ensureTopics([this.topic]);
    this.relay = startRelay({
      store,
      bus,
      context,
      topic: this.topic,
      onError: (error) => this.logger.warn(`relay to ${this.topic} failed, retrying: ${String(error)}`),
    });
    for (const runner of this.runners) await runner.start();
    for (const consumer of this.parts.consumers) {
      this.consumers.push(
        await runConsumer(consumer, {
          bus,
          sql,
          schema,
          groupPrefix: this.parts.groupPrefix,
          upcasters: this.upcasters,
        }),
      );
    }
    this.lagWatch = watchLag({
      gauges: metrics,
      store,
      relayTopics: [this.topic],
      ...(bus instanceof KafkaEventBus
        ? {
            bus,
            consumers: this.parts.consumers.map(({ name, topics }) => ({
              name: `${this.parts.groupPrefix}${name}`,
              topics,
            })),
          }
        : {}),
    });
  }

  /** Resolves once every event committed before the call is in the read models (read-your-writes). */
  async readModelsCaughtUp(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.caughtUp()));
  }

  /** The names of the service's read models (projections). */
  get projectionNames(): string[] {
    return this.parts.projections.map((projection) => projection.name);
  }

  /**
   * Rebuilds a read model from the whole store into a fresh schema and swaps it in, while the live one keeps serving;
   * returns the events applied, or null when the service has no read model of that name.
   */
  async rebuild(projection: string, onPage?: (applied: number) => Promise<void>): Promise<number | null> {
    const index = this.projectionNames.indexOf(projection);
    return index < 0 ? null : this.runners[index]!.rebuild(onPage);
  }

  /** Resolves once every event committed before the call has been handed to the bus. */
  async relayCaughtUp(): Promise<void> {
    await this.relay?.caughtUp();
  }

  async stop(): Promise<void> {
    this.lagWatch?.stop();
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.relay?.stop();
  }
}
