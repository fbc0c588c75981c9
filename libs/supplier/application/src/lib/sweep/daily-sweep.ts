import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, ContextRuntime, GracefulShutdown } from '@mutualis/shared/api';
import { SupplierDirectory } from '../directory/supplier-directory';
import { SupplierRegistry } from '../supplier-registry';
import { SupplierConfig } from '../supplier.config';

export interface SweepReport {
  today: string;
  suppliersChecked: number;
  eventsRecorded: number;
}

/**
 * The daily sweep: once per Paris day, reports what the passing of time changed (attestations de vigilance that
 * lapsed, certifications that expired, exclusions that ended) as events, so other services react through Kafka.
 * Sweeping twice the same day records nothing new: the decider reports each change once.
 */
@Injectable()
export class DailySweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(DailySweep.name);
  private lastSweptDay: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SupplierRegistry) private readonly registry: SupplierRegistry,
    @Inject(SupplierDirectory) private readonly directory: SupplierDirectory,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SupplierConfig) private readonly config: SupplierConfig,
    @Inject(GracefulShutdown) private readonly shutdown: GracefulShutdown,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.SUPPLIER_SWEEP_CHECK_MINUTES;
    if (minutes === 0) return;
    this.timer = setInterval(() => void this.sweepIfNewDay(), minutes * 60_000);
    this.timer.unref();
    this.shutdown.onStop('daily sweep', () => clearInterval(this.timer));
    void this.sweepIfNewDay();
  }

  /** Sweeps for the clock's Paris day. */
  async run(): Promise<SweepReport> {
    const today = this.clock.today();
    await this.runtime.readModelsCaughtUp();
    const due = await this.directory.dueForSweep(today);
    let eventsRecorded = 0;
    for (const siret of due) {
      const result = await this.registry.handleAsSystem(
        siret,
        { type: 'SweepDates', today },
        `daily-sweep-${today}`,
      );
      eventsRecorded += result.events.length;
    }
    this.lastSweptDay = today;
    return { today, suppliersChecked: due.length, eventsRecorded };
  }

  private async sweepIfNewDay(): Promise<void> {
    if (this.lastSweptDay === this.clock.today()) return;
    try {
      const report = await this.run();
      this.logger.log(
        `daily sweep of ${report.today}: ${report.eventsRecorded} event(s) for ${report.suppliersChecked} supplier(s)`,
      );
    } catch (error) {
      this.logger.warn(`daily sweep failed, retried at the next check: ${String(error)}`);
    }
  }
}
