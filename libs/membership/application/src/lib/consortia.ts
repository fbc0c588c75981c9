import { Inject, Injectable } from '@nestjs/common';
import {
  Clock,
  CommandContext,
  commandMetadata,
  EVENT_STORE,
  KeyVault,
  PersonalDataReader,
  PersonalDataReads,
  ProblemException,
} from '@mutualis/shared/api';
import {
  CensusEvent,
  censusStream,
  ConsortiumEvent,
  consortiumStream,
  EventEnvelope,
  membershipContracts,
  uuidv7,
} from '@mutualis/shared/contracts';
import {
  CommandHandler,
  CommandResult,
  EachCommand,
  EachOutcome,
  LoadedState,
} from '@mutualis/shared/event-sourcing';
import { SqlEventStore } from '@mutualis/shared/event-store';
import {
  CensusCommand,
  censusDecider,
  CensusState,
  ConsortiumCommand,
  consortiumDecider,
  ConsortiumState,
} from '@mutualis/membership/domain';

export const PERSONAL_DATA = Symbol('PersonalData');
export const PERSONAL_DATA_READS = Symbol('PersonalDataReads');

/**
 * The membership service's application side: commands on consortium and census streams, each in its consortium
 * (the tenant of its events), states now or as recorded at `asOf`, and the sealing of representatives' names.
 */
@Injectable()
export class Consortia {
  private readonly consortia: CommandHandler<ConsortiumCommand, ConsortiumEvent, ConsortiumState>;
  private readonly censuses: CommandHandler<CensusCommand, CensusEvent, CensusState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(PERSONAL_DATA) private readonly vault: KeyVault,
    @Inject(PERSONAL_DATA_READS) private readonly reads: PersonalDataReads,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    const options = { snapshot: { stateVersion: 2, every: 100 }, contracts: membershipContracts };
    this.consortia = new CommandHandler(store, consortiumDecider, options);
    this.censuses = new CommandHandler(store, censusDecider, options);
  }

  handle(consortiumId: string, command: ConsortiumCommand, context: CommandContext): Promise<CommandResult> {
    return this.consortia.handle(
      consortiumStream(consortiumId),
      command,
      this.metadata(context, consortiumId),
    );
  }

  /** Commands on one consortium in bulk (an import's rows): one load and one write for them all (see handleEach). */
  handleEach(
    consortiumId: string,
    commands: EachCommand<ConsortiumCommand>[],
    context: CommandContext,
  ): Promise<EachOutcome[]> {
    const {
      idempotencyKey: _key,
      expectedVersion: _version,
      ...metadata
    } = this.metadata(context, consortiumId);
    return this.consortia.handleEach(consortiumStream(consortiumId), commands, metadata);
  }

  handleCensus(
    consortiumId: string,
    censusId: string,
    command: CensusCommand,
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.censuses.handle(censusStream(censusId), command, this.metadata(context, consortiumId));
  }

  /** Runs a command the service issues itself (a process manager), under a system actor, caused by an event. */
  handleAsSystem(
    consortiumId: string,
    command: ConsortiumCommand,
    cause: { correlationId: string; causationId: string },
  ): Promise<CommandResult> {
    return this.consortia.handle(consortiumStream(consortiumId), command, {
      consortiumId,
      actor: { userId: 'mutualis:membership-service', role: 'system' },
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      occurredAt: this.clock.now().toISOString(),
    });
  }

  /** The consortium now, or as recorded at `asOf`; 404 when it does not exist (then). */
  async load(consortiumId: string, asOf?: string): Promise<LoadedState<ConsortiumState>> {
    const loaded = await this.consortia.load(consortiumStream(consortiumId), asOf);
    if (!loaded.state.formed) {
      throw new ProblemException(
        'not-found',
        asOf ? `No such consortium on ${asOf}.` : 'No such consortium.',
      );
    }
    return loaded;
  }

  /** A census of the consortium; 404 when it does not exist or belongs to another consortium. */
  async loadCensus(consortiumId: string, censusId: string, asOf?: string): Promise<LoadedState<CensusState>> {
    const loaded = await this.censuses.load(censusStream(censusId), asOf);
    if (loaded.state.opened?.consortiumId !== consortiumId) {
      throw new ProblemException('not-found', 'No such census in this consortium.');
    }
    return loaded;
  }

  /** The consortium's events in order, up to `asOf` when given. */
  async history(consortiumId: string, asOf?: string): Promise<EventEnvelope[]> {
    const events = await this.store.readStream(
      consortiumStream(consortiumId),
      asOf ? { recordedUntil: asOf } : {},
    );
    if (events.length === 0) throw new ProblemException('not-found', 'No such consortium.');
    return events;
  }

  /** Seals a representative's name under a new person's key. */
  async sealPerson(
    siret: string,
    name: string,
  ): Promise<{ siret: string; personId: string; sealed: string }> {
    const personId = uuidv7();
    return { siret, personId, sealed: await this.vault.seal(personId, { name }) };
  }

  /**
   * Records a representative's erasure, then destroys their key. Both steps are repeatable: a request that failed
   * between them is completed by asking again.
   */
  async erasePerson(
    consortiumId: string,
    personId: string,
    today: string,
    context: CommandContext,
  ): Promise<CommandResult> {
    const result = await this.handle(consortiumId, { type: 'ErasePerson', personId, today }, context);
    await this.vault.erase(personId);
    return result;
  }

  /**
   * Logs a read of the CAO representatives' names in clear (who, whose, why), before they are decrypted: the
   * consortium's coordinator and auditor, whom the route's consortium scope alone admits (ADR 0018).
   */
  logCaoRead(consortiumId: string, personIds: string[], reader: PersonalDataReader): Promise<void> {
    return this.reads.record({
      reader: reader.principal,
      subject: consortiumStream(consortiumId),
      personIds,
      purpose: `cao-composition: ${reader.route}`,
      correlationId: reader.correlationId,
    });
  }

  /** Every logged read of the consortium's personal data in clear, oldest first. */
  personalDataReads(consortiumId: string) {
    return this.reads.of(consortiumStream(consortiumId));
  }

  /** A sealed person's name, or null once their data was erased. */
  async revealName(personId: string, sealed: string): Promise<string | null> {
    return (await this.vault.reveal<{ name: string }>(personId, sealed))?.name ?? null;
  }

  private metadata(context: CommandContext, consortiumId: string) {
    return commandMetadata(context, consortiumId, this.clock.now().toISOString());
  }
}
