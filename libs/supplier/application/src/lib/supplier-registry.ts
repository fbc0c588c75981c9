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
  EventEnvelope,
  PLATFORM_TENANT,
  SupplierContact,
  SupplierEvent,
  supplierContracts,
  supplierStream,
  uuidv7,
} from '@mutualis/shared/contracts';
import { CommandHandler, CommandResult, LoadedState } from '@mutualis/shared/event-sourcing';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { SupplierCommand, supplierDecider, SupplierState } from '@mutualis/supplier/domain';
import { contactsEntitlement } from './personal-data-entitlement';

export const PERSONAL_DATA = Symbol('PersonalData');
export const PERSONAL_DATA_READS = Symbol('PersonalDataReads');

/** A contact as the API shows it: in clear, or only their id once their personal data was erased. */
export type RevealedContact = { personId: string; erased: boolean } & Partial<ContactDetails>;

/** A contact's personal data, as given and as shown; sealed in events. */
export interface ContactDetails {
  name: string;
  email: string;
  phone?: string;
  role?: string;
}

/**
 * The supplier registry's application service: runs commands on supplier streams (the registry is platform-wide,
 * so its events belong to the platform tenant), loads a supplier now or as it was, and seals or reveals contacts.
 */
@Injectable()
export class SupplierRegistry {
  private readonly handler: CommandHandler<SupplierCommand, SupplierEvent, SupplierState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
    @Inject(PERSONAL_DATA) private readonly vault: KeyVault,
    @Inject(PERSONAL_DATA_READS) private readonly reads: PersonalDataReads,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.handler = new CommandHandler(store, supplierDecider, {
      snapshot: { stateVersion: 2, every: 50 },
      contracts: supplierContracts,
    });
  }

  handle(siret: string, command: SupplierCommand, context: CommandContext): Promise<CommandResult> {
    const metadata = commandMetadata(context, PLATFORM_TENANT, this.clock.now().toISOString());
    return this.handler.handle(supplierStream(siret), command, metadata);
  }

  /**
   * Records a contact's erasure, then destroys their key. Both steps are repeatable: a request that failed between
   * them is completed by asking again.
   */
  async eraseContact(
    siret: string,
    personId: string,
    today: string,
    context: CommandContext,
  ): Promise<CommandResult> {
    const result = await this.handle(siret, { type: 'EraseContact', personId, today }, context);
    await this.vault.erase(personId);
    return result;
  }

  /** Runs a command the service issues itself (the daily sweep), under a system actor. */
  handleAsSystem(siret: string, command: SupplierCommand, correlationId: string): Promise<CommandResult> {
    return this.handler.handle(supplierStream(siret), command, {
      consortiumId: PLATFORM_TENANT,
      actor: { userId: 'mutualis:supplier-service', role: 'system' },
      correlationId,
      occurredAt: this.clock.now().toISOString(),
    });
  }

  /** The supplier now, or as the registry knew it at `asOf`; 404 when no supplier is registered (then). */
  async load(siret: string, asOf?: string): Promise<LoadedState<SupplierState>> {
    const loaded = await this.handler.load(supplierStream(siret), asOf);
    if (!loaded.state.registration) {
      throw new ProblemException(
        'not-found',
        asOf
          ? `No supplier was registered under ${siret} on ${asOf}.`
          : `No supplier is registered under ${siret}.`,
      );
    }
    return loaded;
  }

  /** The supplier's state, also when no supplier is registered under the SIRET (eligibility says so). */
  loadEvenUnregistered(siret: string): Promise<LoadedState<SupplierState>> {
    return this.handler.load(supplierStream(siret));
  }

  /** The supplier's events in order, up to `asOf` when given. */
  async history(siret: string, asOf?: string): Promise<EventEnvelope[]> {
    const events = await this.store.readStream(supplierStream(siret), asOf ? { recordedUntil: asOf } : {});
    if (events.length === 0)
      throw new ProblemException('not-found', `No supplier is registered under ${siret}.`);
    return events;
  }

  /**
   * Seals each new contact's personal data under a key of their own. Person ids are random, so that they reveal
   * nothing of the person once their key is erased.
   */
  sealContacts(contacts: ContactDetails[]): Promise<SupplierContact[]> {
    return Promise.all(
      contacts.map(async (details) => {
        const personId = uuidv7();
        return { personId, sealed: await this.vault.seal(personId, { ...details }) };
      }),
    );
  }

  /**
   * The supplier's contacts in clear for a reader entitled to them (the supplier itself, the platform
   * administrator), the read logged first (who, whose, why); null for anyone else, and nothing is decrypted.
   */
  async contactsFor(
    siret: string,
    contacts: SupplierContact[],
    reader: PersonalDataReader,
  ): Promise<RevealedContact[] | null> {
    const entitlement = contactsEntitlement(reader.principal, siret);
    if (!entitlement) return null;
    if (contacts.length > 0) {
      await this.reads.record({
        reader: reader.principal,
        subject: supplierStream(siret),
        personIds: contacts.map((contact) => contact.personId),
        purpose: `${entitlement}: ${reader.route}`,
        correlationId: reader.correlationId,
      });
    }
    return this.revealContacts(contacts);
  }

  /** Every logged read of the supplier's contacts in clear, oldest first. */
  contactReads(siret: string) {
    return this.reads.of(supplierStream(siret));
  }

  /** The contacts in clear; an erased person shows as such, with no data. */
  private revealContacts(contacts: SupplierContact[]): Promise<RevealedContact[]> {
    return Promise.all(
      contacts.map(async ({ personId, sealed }) => {
        const details = await this.vault.reveal<ContactDetails>(personId, sealed);
        return details ? { personId, erased: false, ...details } : { personId, erased: true };
      }),
    );
  }
}
