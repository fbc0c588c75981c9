import { EventEnvelope } from './envelope';

/** The published shape of one event type at its current schema version; `validate` lists what is wrong. */
export interface EventContract {
  type: string;
  schemaVersion: number;
  /** Problems with the payload, empty when it is valid: `["lotNumber must be a positive integer"]`. */
  validate(data: unknown): string[];
}

/** Why a message is not an acceptable event of the published language. */
export type ContractViolation =
  | { reason: 'unknown-type'; detail: string }
  | { reason: 'unsupported-version'; detail: string }
  | { reason: 'invalid-payload'; detail: string };

/**
 * The event types a service knows, by type: producers validate before publishing, consumers on receipt. An event
 * of an older schema version is accepted (upcasters bring it up to date); a newer one is not understood yet.
 */
export class EventContracts {
  private readonly contracts = new Map<string, EventContract>();

  constructor(contracts: EventContract[] = []) {
    for (const contract of contracts) this.add(contract);
  }

  add(contract: EventContract): this {
    if (this.contracts.has(contract.type))
      throw new Error(`the contract of ${contract.type} is declared twice`);
    this.contracts.set(contract.type, contract);
    return this;
  }

  /** The event types these contracts describe. */
  get types(): string[] {
    return [...this.contracts.keys()];
  }

  /** Merges the contracts of several contexts, e.g. those a consumer listens to. */
  static of(...sets: EventContracts[]): EventContracts {
    return new EventContracts(sets.flatMap((set) => [...set.contracts.values()]));
  }

  /** Null when the event is acceptable, else why not. */
  check(event: Pick<EventEnvelope, 'type' | 'schemaVersion' | 'data'>): ContractViolation | null {
    const contract = this.contracts.get(event.type);
    if (!contract) return { reason: 'unknown-type', detail: `no contract for event type ${event.type}` };
    if (event.schemaVersion > contract.schemaVersion) {
      return {
        reason: 'unsupported-version',
        detail: `${event.type} version ${event.schemaVersion} is newer than the known version ${contract.schemaVersion}`,
      };
    }
    const problems = contract.validate(event.data);
    return problems.length > 0 ? { reason: 'invalid-payload', detail: problems.join('; ') } : null;
  }
}
