import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, EVENT_STORE, GracefulShutdown } from '@mutualis/shared/api';
import { auditContracts, ConsortiumSealed, sealStream } from '@mutualis/shared/contracts';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { nextSeal, Seal, sealHash, signSeal } from '@mutualis/audit/domain';
import { AuditConfig } from '../audit.config';
import { AuditLedger } from '../ledger/audit-ledger';
import { SEAL_KEYS } from './seal-keys.provider';
import { SealKeys } from './seal-keys';

/** A seal as recorded: the seal, its hash, its signature if a key is configured. */
export interface RecordedSeal {
  seal: Seal;
  sealHash: string;
  signature: string | null;
}

/**
 * Seals each consortium's ledger: a Merkle root over the events received since the previous seal, chained to it,
 * signed when a key is configured, recorded as an `audit.ConsortiumSealed` event in the audit service's own store.
 * On demand and periodically.
 */
@Injectable()
export class Seals implements OnApplicationBootstrap {
  private readonly logger = new Logger(Seals.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(SEAL_KEYS) private readonly keys: SealKeys | null,
    @Inject(AuditConfig) private readonly config: AuditConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(GracefulShutdown) private readonly shutdown: GracefulShutdown,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.AUDIT_SEAL_MINUTES;
    if (minutes === 0) return;
    this.timer = setInterval(() => void this.sealAll(), minutes * 60_000);
    this.timer.unref();
    this.shutdown.onStop('periodic seals', () => clearInterval(this.timer));
  }

  /** The consortium's seals, oldest first. */
  async list(consortiumId: string): Promise<RecordedSeal[]> {
    const events = await this.store.readStream(sealStream(consortiumId));
    return events.map((event) => recorded(event.data as ConsortiumSealed));
  }

  /** Seals what the consortium's ledger received since its last seal; null when nothing new came. */
  async seal(consortiumId: string, correlationId: string): Promise<RecordedSeal | null> {
    const events = await this.store.readStream(sealStream(consortiumId));
    const previous = events.length > 0 ? recorded(events.at(-1)!.data as ConsortiumSealed).seal : null;
    const entries = await this.ledger.entries(consortiumId, previous?.toPosition ?? 0);
    const seal = nextSeal({ consortiumId, previous, entries, sealedAt: this.clock.now().toISOString() });
    if (!seal) return null;
    const data: ConsortiumSealed = {
      ...seal,
      sealHash: sealHash(seal),
      signature: this.keys ? signSeal(seal, this.keys.privateKeyPem) : null,
    };
    const violation = auditContracts.check({ type: 'audit.ConsortiumSealed', schemaVersion: 1, data });
    if (violation) throw new Error(`a seal outside the published language: ${violation.detail}`);
    // Two sealers racing on one consortium cannot both append: the loser gets a version conflict (409).
    await this.store.append(
      sealStream(consortiumId),
      [
        {
          type: 'audit.ConsortiumSealed',
          consortiumId,
          occurredAt: seal.sealedAt,
          actor: { userId: 'mutualis:audit-service', role: 'system' },
          correlationId,
          data,
        },
      ],
      { expectedVersion: events.length },
    );
    return recorded(data);
  }

  /** Seals every consortium with events received since its last seal. */
  async sealAll(): Promise<number> {
    let sealed = 0;
    for (const consortiumId of await this.ledger.consortia()) {
      try {
        if (await this.seal(consortiumId, `periodic-seal-${this.clock.now().toISOString()}`)) sealed++;
      } catch (error) {
        this.logger.warn(`sealing ${consortiumId} failed, retried at the next period: ${String(error)}`);
      }
    }
    return sealed;
  }
}

function recorded(data: ConsortiumSealed): RecordedSeal {
  const { sealHash: hash, signature, ...seal } = data;
  return { seal, sealHash: hash, signature };
}
