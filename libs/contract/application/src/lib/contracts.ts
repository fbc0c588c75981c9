import { Inject, Injectable } from '@nestjs/common';
import { Clock, CommandContext, commandMetadata, EVENT_STORE, ProblemException } from '@mutualis/shared/api';
import {
  contractContracts,
  ContractEvent,
  contractSchemaVersion,
  contractStream,
  EventEnvelope,
} from '@mutualis/shared/contracts';
import { CommandHandler, CommandResult, LoadedState } from '@mutualis/shared/event-sourcing';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { ContractCommand, contractDecider, ContractState } from '@mutualis/contract/domain';

/** The contract service's application side: commands on contract streams in their consortium, states now or then. */
@Injectable()
export class Contracts {
  private readonly handler: CommandHandler<ContractCommand, ContractEvent, ContractState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.handler = new CommandHandler(store, contractDecider, {
      // State version 4: the buyer's decision not to reconduct (renewalDeclined).
      snapshot: { stateVersion: 4, every: 100 },
      contracts: contractContracts,
      schemaVersionOf: (event) => contractSchemaVersion(event.type),
    });
  }

  private handle(
    consortiumId: string,
    contractId: string,
    command: ContractCommand,
    context: CommandContext,
  ): Promise<CommandResult> {
    const metadata = commandMetadata(context, consortiumId, this.clock.now().toISOString());
    return this.handler.handle(contractStream(contractId), command, metadata);
  }

  /** Runs a command on a contract of the consortium; 404 when the contract belongs to another one. */
  async handleIn(
    consortiumId: string,
    contractId: string,
    command: ContractCommand,
    context: CommandContext,
  ): Promise<CommandResult> {
    await this.load(contractId, { consortiumId });
    return this.handle(consortiumId, contractId, command, context);
  }

  /** Runs a command the service issues itself (a process manager), under a system actor, caused by an event. */
  handleAsSystem(
    consortiumId: string,
    contractId: string,
    command: ContractCommand,
    cause: { correlationId: string; causationId: string },
  ): Promise<CommandResult> {
    return this.handler.handle(contractStream(contractId), command, {
      consortiumId,
      actor: { userId: 'mutualis:contract-service', role: 'system' },
      correlationId: cause.correlationId,
      causationId: cause.causationId,
      occurredAt: this.clock.now().toISOString(),
    });
  }

  /**
   * The contract now, or as recorded at `asOf`; 404 when it does not exist (then), belongs to another consortium
   * (or, for a holder, to none of the consortia its token names), or (with `holderSiret`) to another holder.
   */
  async load(
    contractId: string,
    scope: { consortiumId?: string; consortia?: readonly string[]; holderSiret?: string },
    asOf?: string,
  ): Promise<LoadedState<ContractState>> {
    const loaded = await this.handler.load(contractStream(contractId), asOf);
    const { opened, holderSiret } = loaded.state;
    const outOfScope =
      !opened ||
      (scope.consortiumId !== undefined && opened.consortiumId !== scope.consortiumId) ||
      (scope.consortia !== undefined && !scope.consortia.includes(opened.consortiumId)) ||
      (scope.holderSiret !== undefined && holderSiret !== scope.holderSiret);
    if (outOfScope) throw new ProblemException('not-found', 'No such contract.');
    return loaded;
  }

  history(contractId: string, asOf?: string): Promise<EventEnvelope[]> {
    return this.store.readStream(contractStream(contractId), asOf ? { recordedUntil: asOf } : {});
  }
}
