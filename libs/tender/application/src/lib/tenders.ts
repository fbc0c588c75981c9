import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  CommandContext,
  commandMetadata,
  EVENT_STORE,
  KeyVault,
  ProblemException,
} from '@mutualis/shared/api';
import {
  canonicalJson,
  EventEnvelope,
  SealedContent,
  tenderContracts,
  TenderEvent,
  tenderSchemaVersion,
  tenderStream,
} from '@mutualis/shared/contracts';
import { CommandHandler, CommandResult, LoadedState } from '@mutualis/shared/event-sourcing';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { TenderCommand, tenderDecider, TenderState } from '@mutualis/tender/domain';

export const BID_SEALING = Symbol('BidSealing');

/** What a bid says, sealed until the opening: the price HT and the documents it comes with (hashes only). */
export interface BidContent {
  amountCents: number;
  documents: { name: string; sha256: string }[];
  note?: string;
  /** Random, sealed with the contents, so that the published hash cannot be found by trying prices. */
  salt?: string;
}

/**
 * The tender service's application side: commands on tender streams in their consortium, states now or as recorded
 * at `asOf`, and the sealing of bids with the tender's own key, which is read only once the bids are opened.
 */
@Injectable()
export class Tenders {
  private readonly handler: CommandHandler<TenderCommand, TenderEvent, TenderState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(BID_SEALING) private readonly vault: KeyVault,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.handler = new CommandHandler(store, tenderDecider, {
      snapshot: { stateVersion: 1, every: 100 },
      contracts: tenderContracts,
      schemaVersionOf: (event) => tenderSchemaVersion(event.type),
    });
  }

  handle(
    consortiumId: string,
    tenderId: string,
    command: TenderCommand,
    context: CommandContext,
  ): Promise<CommandResult> {
    const metadata = commandMetadata(context, consortiumId, this.clock.now().toISOString());
    return this.handler.handle(tenderStream(tenderId), command, metadata);
  }

  /** The tender now, or as recorded at `asOf`; 404 when it does not exist (then) or belongs to another consortium. */
  async load(tenderId: string, consortiumId?: string, asOf?: string): Promise<LoadedState<TenderState>> {
    const loaded = await this.handler.load(tenderStream(tenderId), asOf);
    const created = loaded.state.created;
    if (!created || (consortiumId !== undefined && created.consortiumId !== consortiumId)) {
      throw new ProblemException('not-found', 'No such tender.');
    }
    return loaded;
  }

  history(tenderId: string, asOf?: string): Promise<EventEnvelope[]> {
    return this.store.readStream(tenderStream(tenderId), asOf ? { recordedUntil: asOf } : {});
  }

  /**
   * Seals a bid's contents with the tender's key. The hash that goes into the event covers a random salt sealed with
   * the contents: without it, hashing every possible price would reveal the bid before the opening.
   */
  async seal(
    tenderId: string,
    content: BidContent,
  ): Promise<{ sealed: SealedContent; contentSha256: string }> {
    const salted = { ...content, salt: randomBytes(32).toString('base64url') };
    const contentSha256 = createHash('sha256').update(canonicalJson(salted)).digest('hex');
    return {
      sealed: { keyId: tenderId, ciphertext: await this.vault.seal(tenderId, salted) },
      contentSha256,
    };
  }

  /** A bid's contents: only once the bids of its tender are opened (they are sealed until then). */
  async unseal(state: TenderState, sealed: SealedContent): Promise<BidContent | null> {
    if (!state.opened) throw bidsSealed();
    return this.vault.reveal<BidContent>(sealed.keyId, sealed.ciphertext);
  }
}

/** The refusal of every read of a bid's contents before the opening, whoever asks (the coordinator included). */
export function bidsSealed(): ProblemException {
  return new ProblemException('conflict', 'The bids are sealed until they are opened.', {
    rule: 'bids-sealed',
  });
}
