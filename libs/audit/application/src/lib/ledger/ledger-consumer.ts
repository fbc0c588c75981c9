import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Counter } from 'prom-client';
import { Clock, ContextRuntime, EVENT_STORE, PlatformMetrics } from '@mutualis/shared/api';
import {
  alertStream,
  ChainBreak,
  ChainBreakDetected,
  Context,
  contractContracts,
  EventContracts,
  EventEnvelope,
  eventsTopic,
  membershipContracts,
  supplierContracts,
  tenderContracts,
  uuidv5,
} from '@mutualis/shared/contracts';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { AuditLedger } from './audit-ledger';

/** The contexts whose every event the ledger keeps. */
export const AUDITED_CONTEXTS: readonly Context[] = ['membership', 'supplier', 'tender', 'contract'];

/**
 * Feeds the audit ledger from every context's topic and checks each stream's hash chain as events arrive. A break
 * (a changed payload or hash, a missing or reordered event) is kept in the ledger, counted in a metric and published
 * as an `audit.ChainBreakDetected` event: never skipped in silence. One consumer for all topics: its batches run
 * one at a time, so the ledger has a single writer.
 */
@Injectable()
export class LedgerConsumer implements OnModuleInit {
  private readonly logger = new Logger(LedgerConsumer.name);
  private readonly breaks: Counter<'context' | 'reason'>;

  constructor(
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PlatformMetrics) metrics: PlatformMetrics,
  ) {
    this.breaks = new Counter({
      name: 'mutualis_audit_chain_breaks_total',
      help: 'Received events that do not follow their stream’s hash chain',
      labelNames: ['context', 'reason'],
      registers: [metrics.registry],
    });
  }

  async onModuleInit(): Promise<void> {
    await this.ledger.prepare();
    this.runtime.addConsumer({
      name: 'audit.ledger',
      topics: AUDITED_CONTEXTS.map(eventsTopic),
      contracts: EventContracts.of(
        membershipContracts,
        supplierContracts,
        tenderContracts,
        contractContracts,
      ),
      // The ledger keeps what was published, so that each content hash recomputes; its readers upcast.
      storedForm: true,
      handle: async (event, tx) => {
        const context = event.type.split('.')[0] as Context;
        const { position, broken } = await this.ledger.record(context, event, tx);
        if (broken) await this.alert(context, event, broken, position);
      },
    });
  }

  /** Publishes the break once: the alert's id derives from the event's, so a redelivery appends nothing more. */
  private async alert(
    context: Context,
    event: EventEnvelope,
    broken: ChainBreak,
    position: number,
  ): Promise<void> {
    this.breaks.inc({ context, reason: broken.reason });
    this.logger.warn(
      `chain break in ${broken.streamId} at version ${broken.streamVersion}: ${broken.reason}`,
    );
    const data: ChainBreakDetected = {
      eventId: event.id,
      streamId: broken.streamId,
      streamVersion: broken.streamVersion,
      reason: broken.reason,
      expected: broken.expected.slice(0, 200),
      actual: broken.actual.slice(0, 200),
      ledgerPosition: position,
    };
    await this.store.append(alertStream(event.consortiumId), [
      {
        id: uuidv5(`chain-break:${event.id}`),
        type: 'audit.ChainBreakDetected',
        consortiumId: event.consortiumId,
        occurredAt: this.clock.now().toISOString(),
        actor: { userId: 'mutualis:audit-service', role: 'system' },
        correlationId: event.correlationId,
        causationId: event.id,
        data,
      },
    ]);
  }
}
