import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Clock, PlatformMetrics } from '@mutualis/shared/api';
import { ContractOpened, PLATFORM_TENANT } from '@mutualis/shared/contracts';
import { complianceCalendar, ComplianceEntry } from '@mutualis/audit/domain';
import { DecpPublications } from '../exports/decp-publications';
import { AuditLedger } from '../ledger/audit-ledger';

/**
 * The compliance calendar of each groupement (issue 20 item 15), computed on each reading from what the audit
 * service already holds: the groupement's ledger (signatures, avenants, notices published), the registry's
 * attestations de vigilance of its holders, and its DECP as published — against the suite's clock. The gauge
 * `mutualis_compliance_overdue_entries{consortium}` counts each groupement's overdue entries when scraped.
 */
@Injectable()
export class ComplianceCalendars implements OnModuleInit {
  private readonly logger = new Logger(ComplianceCalendars.name);

  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(DecpPublications) private readonly decp: DecpPublications,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PlatformMetrics) private readonly metrics: PlatformMetrics,
  ) {}

  onModuleInit(): void {
    if (this.metrics.registry.getSingleMetric('mutualis_compliance_overdue_entries')) return;
    const overdueByConsortium = () => this.overdueByConsortium();
    new Gauge({
      name: 'mutualis_compliance_overdue_entries',
      help:
        'Entries of each groupement’s compliance calendar past their legal deadline and not done: avis ' +
        'd’attribution (R2183-1), avis de modification (R2194-10), DECP (two months), attestations de vigilance',
      labelNames: ['consortium'],
      registers: [this.metrics.registry],
      async collect() {
        this.reset();
        for (const [consortium, overdue] of await overdueByConsortium()) this.set({ consortium }, overdue);
      },
    });
  }

  /** A groupement's calendar on the clock's today: overdue entries first. */
  async calendar(consortiumId: string): Promise<{ on: string; entries: ComplianceEntry[] }> {
    const today = this.clock.today();
    const events = (await this.ledger.entries(consortiumId)).map((entry) => entry.event);
    const holders = new Set<string>();
    for (const event of events) {
      if (event.type === 'contract.ContractOpened') holders.add((event.data as ContractOpened).holderSiret);
      const newHolder = (event.data as { newHolderSiret?: string | null }).newHolderSiret;
      if (event.type === 'contract.AmendmentSigned' && newHolder) holders.add(newHolder);
    }
    const registry = await this.ledger.vigilanceAttestations([...holders]);
    const decp = await this.decp.calendarFacts(consortiumId, today);
    const entries = complianceCalendar({
      events,
      registry,
      decpPublished: decp.published,
      decpPending: decp.pending,
      today,
    });
    return { on: today, entries };
  }

  private async overdueByConsortium(): Promise<[string, number][]> {
    const consortia = (await this.ledger.consortia()).filter((id) => id !== PLATFORM_TENANT);
    const counts: [string, number][] = [];
    for (const consortium of consortia) {
      try {
        const { entries } = await this.calendar(consortium);
        counts.push([consortium, entries.filter((entry) => entry.status === 'overdue').length]);
      } catch (error) {
        // One groupement's ledger that cannot be read (its DECP invalid, say) must not hide the others' counts.
        this.logger.warn(`compliance calendar of ${consortium} not computed: ${(error as Error).message}`);
      }
    }
    return counts;
  }
}
