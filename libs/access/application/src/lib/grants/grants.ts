import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@mutualis/shared/api';
import { PLATFORM_TENANT, uuidv5, uuidv7 } from '@mutualis/shared/contracts';
import { CommandHandler, CommandResult } from '@mutualis/shared/event-sourcing';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { AccessEvent, Grant, GrantsCommand, grantsDecider, GrantsState } from '@mutualis/access/domain';

/** The one stream of the platform's explicit grants. */
const GRANTS_STREAM = 'access-grants';
/** Names the ids of the grants the service makes itself at start (MUTUALIS_PLATFORM_ADMINS). */
const BOOTSTRAP_NAMESPACE = 'mutualis:access:bootstrap-admin:';

/** Who acts on grants: a signed-in platform administrator, or the service itself at start. */
export interface GrantsActor {
  subject: string;
  email: string;
}

/**
 * The access context's application side: the grants in force, granting and revoking them, each an event of the
 * platform's tenant with its actor, so the history says who gave whom which right, when and why.
 */
@Injectable()
export class Grants {
  private readonly handler: CommandHandler<GrantsCommand, AccessEvent, GrantsState>;

  constructor(@Inject(EVENT_STORE) store: SqlEventStore) {
    this.handler = new CommandHandler(store, grantsDecider, { snapshot: { stateVersion: 1, every: 200 } });
  }

  async inForce(): Promise<Grant[]> {
    const { state } = await this.handler.load(GRANTS_STREAM);
    return Object.values(state.inForce).sort((a, b) => a.grantedOn.localeCompare(b.grantedOn));
  }

  handle(command: GrantsCommand, actor: GrantsActor, correlationId: string): Promise<CommandResult> {
    return this.handler.handle(GRANTS_STREAM, command, {
      consortiumId: PLATFORM_TENANT,
      actor: { userId: actor.subject, role: 'platform-admin' },
      correlationId,
      occurredAt: new Date().toISOString(),
    });
  }

  newGrantId(): string {
    return uuidv7();
  }

  /**
   * Grants platform administration to the addresses of MUTUALIS_PLATFORM_ADMINS that do not hold it, as the system:
   * how a platform gets its first administrator. The grant's id is derived from the address, so a restart grants
   * nothing twice, and a revoked bootstrap grant is not given again.
   */
  async bootstrapAdministrators(emails: string[], today: string): Promise<void> {
    for (const email of emails) {
      await this.handler.handle(
        GRANTS_STREAM,
        {
          type: 'GrantAccess',
          grantId: uuidv5(`${BOOTSTRAP_NAMESPACE}${email}`),
          email,
          role: 'platform-admin',
          consortia: [],
          supplierSiret: null,
          reason: 'administrateur de la plateforme désigné à son installation (MUTUALIS_PLATFORM_ADMINS)',
          grantedBy: { userId: 'mutualis:access-service', email: 'mutualis:access-service' },
          on: today,
        },
        {
          consortiumId: PLATFORM_TENANT,
          actor: { userId: 'mutualis:access-service', role: 'system' },
          correlationId: uuidv7(),
          occurredAt: new Date().toISOString(),
        },
      );
    }
  }
}
