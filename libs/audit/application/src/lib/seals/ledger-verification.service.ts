import { Inject, Injectable } from '@nestjs/common';
import { Clock, EVENT_STORE, ProblemException } from '@mutualis/shared/api';
import { sealStream } from '@mutualis/shared/contracts';
import { SqlEventStore } from '@mutualis/shared/event-store';
import {
  AuditBundle,
  BundleVerification,
  inclusionProof,
  InclusionProof,
  LedgerEntry,
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

/** Told after each page of the ledger read: entries read so far, of how many. */
export type LedgerReadProgress = (read: number, total: number) => Promise<void>;

/** Entries read per query: a page of a large ledger, and a step of a job's progress. */
const LEDGER_PAGE = 1_000;

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
  async verify(consortiumId: string, onProgress?: LedgerReadProgress): Promise<Verification> {
    const report = verifyBundle(await this.bundle(consortiumId, onProgress), this.keys?.publicKeyPem);
    return { ...report, signaturesChecked: this.keys !== null };
  }

  /**
   * The consortium's audit bundle: its ledger entries, the record of its seals (stored form) and a manifest. The
   * ledger is read page by page as it stood once the seals were read, `onProgress` told after each page.
   */
  async bundle(consortiumId: string, onProgress?: LedgerReadProgress): Promise<AuditBundle> {
    const sealEvents = await this.store.readStream(sealStream(consortiumId), { upcast: false });
    // Read after the seals: every position a seal covers was committed before it, so the entries up to the last
    // position now cover every seal read, and an event received meanwhile is not mistaken for a tampered seal.
    const { entries: total, lastPosition } = await this.ledger.extent(consortiumId);
    const entries: LedgerEntry[] = [];
    await onProgress?.(0, total);
    let page: LedgerEntry[];
    do {
      page = await this.ledger.page(consortiumId, entries.at(-1)?.position ?? 0, lastPosition, LEDGER_PAGE);
      entries.push(...page);
      await onProgress?.(entries.length, total);
    } while (page.length === LEDGER_PAGE);
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
