import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, ProblemException } from '@mutualis/shared/api';
import { sealStream } from '@mutualis/shared/contracts';
import { SqlEventStore, verifyStream } from '@mutualis/shared/event-store';
import { inclusionProof, InclusionProof, LedgerVerification, verifyLedger } from '@mutualis/audit/domain';
import { AuditLedger } from '../ledger/audit-ledger';
import { SEAL_KEYS } from './seal-keys.provider';
import { SealKeys } from './seal-keys';
import { RecordedSeal, Seals } from './seals';

export interface Verification extends LedgerVerification {
  /** The audit service's own record of the seals is intact (its stream's hash chain). */
  sealRecordIntact: boolean;
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
  ) {}

  async verify(consortiumId: string): Promise<Verification> {
    const [entries, seals, sealRecord] = await Promise.all([
      this.ledger.entries(consortiumId),
      this.seals.list(consortiumId),
      verifyStream(this.store, sealStream(consortiumId)),
    ]);
    const report = verifyLedger({
      consortiumId,
      entries,
      seals: seals.map(({ seal, signature }) => ({ seal, signature })),
      ...(this.keys ? { publicKeyPem: this.keys.publicKeyPem } : {}),
    });
    return { ...report, sealRecordIntact: sealRecord.ok, signaturesChecked: this.keys !== null };
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
