import type { Server } from 'node:http';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { PlatformConfig } from '../config/platform-config';

interface Step {
  name: string;
  run: () => Promise<unknown> | unknown;
}

/** Idle keep-alive connections are closed this often while requests drain, so each closes once its request ends. */
const SWEEP_INTERVAL_MS = 50;

/**
 * The order of a graceful shutdown (SIGTERM, or `app.close()`): readiness turns 503, the HTTP server stops accepting
 * and lets requests in flight finish (their connections are cut after SHUTDOWN_TIMEOUT_MS), then the registered
 * work stops (consumers, relays), and only then are resources released (pools), so nothing running loses its pool.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);
  private readonly stops: Step[] = [];
  private readonly releases: Step[] = [];
  private timers: NodeJS.Timeout[] = [];
  private isDraining = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: PlatformConfig,
  ) {}

  /** Registers work to stop once HTTP requests have drained: Kafka consumers, relays, schedulers. */
  onStop(name: string, run: () => Promise<unknown> | unknown): void {
    this.stops.push({ name, run });
  }

  /** Registers a resource to close last, after every stop: connection pools, clients. */
  onRelease(name: string, run: () => Promise<unknown> | unknown): void {
    this.releases.push({ name, run });
  }

  /** True once shutdown has begun: readiness answers 503. */
  get draining(): boolean {
    return this.isDraining;
  }

  beforeApplicationShutdown(): void {
    this.isDraining = true;
    this.logger.log('shutting down: draining HTTP requests');
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    this.timers = [
      setInterval(() => server.closeIdleConnections(), SWEEP_INTERVAL_MS),
      setTimeout(() => {
        this.logger.warn(`requests still running after ${this.config.SHUTDOWN_TIMEOUT_MS} ms: closing them`);
        server.closeAllConnections();
      }, this.config.SHUTDOWN_TIMEOUT_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.runAll('stop', this.stops);
    await this.runAll('release', this.releases);
    this.logger.log('shutdown complete');
  }

  private async runAll(phase: string, steps: Step[]): Promise<void> {
    const results = await Promise.allSettled(steps.map(async (step) => step.run()));
    results.forEach((result, index) => {
      if (result.status === 'rejected') {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        this.logger.error(`could not ${phase} ${steps[index]!.name}: ${reason}`);
      }
    });
  }
}
