import { Inject, Injectable } from '@nestjs/common';
import { Clock, EVENT_STORE, ProblemException } from '@mutualis/shared/api';
import { sealStream } from '@mutualis/shared/contracts';
import { SqlEventStore } from '@mutualis/shared/event-store';
import {
  AuditBundle,
  BundleVerification,
  inclusionProof,
  InclusionProof,
  makeBundle,
  verifyBundle,
} from '@mutualis/audit/domain';
import { AuditLedger } from '../ledger/audit-ledger';
import { SEAL_KEYS } from './seal-keys.provider';
import { SealKeys } from './seal-keys';
import { RecordedSeal, Seals } from './seals';

export interface Verification extends BundleVerification {
  signaturesChecked: boolean;
}

/** Recomputes a consortium's ledger and seals from the database, and proves single events against their seal. */
@Injectable()
export class LedgerVerifier {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(Seals) private readonly seals: Seals,
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(SEAL_KEYS) private readonly keys: SealKeys | null,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Everything recomputed from the database: the same check as on an exported bundle, offline. */
  async verify(consortiumId: string): Promise<Verification> {
    const report = verifyBundle(await this.bundle(consortiumId), this.keys?.publicKeyPem);
    return { ...report, signaturesChecked: this.keys !== null };
  }

  /** The consortium's audit bundle: its ledger entries, the record of its seals (stored form) and a manifest. */
  async bundle(consortiumId: string): Promise<AuditBundle> {
    const [entries, sealEvents] = await Promise.all([
      this.ledger.entries(consortiumId),
      this.store.readStream(sealStream(consortiumId), { upcast: false }),
    ]);
    return makeBundle({ consortiumId, entries, sealEvents, exportedAt: this.clock.now().toISOString() });
  }

  /** The proof that an event is in the consortium's sealed ledger: the seal covering it and its Merkle path. */
  async proof(
    consortiumId: string,
    eventId: string,
  ): Promise<{ eventId: string; contentHash: string; seal: RecordedSeal; proof: InclusionProof }> {
    const entry = await this.ledger.find(eventId);
    if (!entry || entry.event.consortiumId !== consortiumId) {
      throw new ProblemException('not-found', 'No such event in this consortium’s ledger.');
    }
    const seal = (await this.seals.list(consortiumId)).find(
      (candidate) =>
        candidate.seal.fromPosition <= entry.position && entry.position <= candidate.seal.toPosition,
    );
    if (!seal) {
      throw new ProblemException(
        'conflict',
        'The event is not sealed yet: ask for a seal, or wait for the next one.',
        {
          rule: 'not-sealed-yet',
        },
      );
    }
    const sealed = await this.ledger.entries(consortiumId, seal.seal.fromPosition - 1, seal.seal.eventCount);
    const index = sealed.findIndex((candidate) => candidate.position === entry.position);
    const proof = inclusionProof(
      sealed.map((candidate) => candidate.event.contentHash),
      index,
    );
    return { eventId, contentHash: entry.event.contentHash, seal, proof };
  }
}
