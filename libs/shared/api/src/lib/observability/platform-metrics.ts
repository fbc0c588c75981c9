import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a command ended, as counted on /metrics. */
export type CommandOutcome = 'accepted' | 'replayed' | 'refused' | 'conflict' | 'invalid' | 'failed';

/**
 * The service's Prometheus metrics, in a registry of its own (so several services can share a process, as the
 * suite does): HTTP latency per route, command results per command and outcome, and the lag gauges that the
 * messaging library sets for relays and consumers.
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly commandResults: Counter<'command' | 'outcome'>;
  private readonly relayLag: Gauge<'relay'>;
  private readonly consumerLag: Gauge<'consumer' | 'topic' | 'partition'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.commandResults = new Counter({
      name: 'mutualis_command_results_total',
      help: 'Commands handled, by command and outcome (accepted, replayed, refused, conflict, invalid, failed)',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.relayLag = new Gauge({
      name: 'mutualis_relay_lag_events',
      help: 'Events committed to the store that the relay has not published yet',
      labelNames: ['relay'],
      registers,
    });
    this.consumerLag = new Gauge({
      name: 'mutualis_consumer_lag_messages',
      help: 'Messages of a topic partition that a consumer group has not handled yet',
      labelNames: ['consumer', 'topic', 'partition'],
      registers,
    });
  }

  /** Records one HTTP request; `route` is the pattern (`/consortia/:consortiumId`), never the concrete path. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  /** Counts one command result. */
  countCommand(command: string, outcome: CommandOutcome): void {
    this.commandResults.inc({ command, outcome });
  }

  /** Sets how many committed events the relay `relay` has still to publish. */
  setRelayLag(relay: string, events: number): void {
    this.relayLag.set({ relay }, events);
  }

  /** Sets how many messages of `topic`/`partition` the consumer group `consumer` has still to handle. */
  setConsumerLag(consumer: string, topic: string, partition: number, messages: number): void {
    this.consumerLag.set({ consumer, topic, partition: String(partition) }, messages);
  }
}
