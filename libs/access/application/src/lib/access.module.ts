import { Inject, MiddlewareConsumer, Module, NestModule, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CONTEXT_SQL, ContextRuntimeModule } from '@mutualis/shared/api';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { AccessConfig } from './access.config';
import { consoleFiles } from './console/console-files';
import { Grants } from './grants/grants';
import { GrantsController } from './grants/grants.controller';
import { MeController } from './me/me.controller';
import { KnownConsortia } from './people/known-consortia';
import { PeopleAccess } from './people/people-access';
import { ApiProxyController } from './proxy/api-proxy.controller';
import { SERVICE_ADDRESSES, serviceAddresses } from './proxy/service-addresses';
import { ConsoleCookies } from './sessions/session-cookie';
import { SessionStore } from './sessions/session-store';
import { SignedIn } from './sessions/signed-in';
import { OpenIdProvider } from './sign-in/openid-provider';
import { SignInController } from './sign-in/sign-in.controller';
import { AccessTokens } from './tokens/access-tokens';
import { JwksController } from './tokens/jwks.controller';

/** The PostgreSQL schema of the access context: its event store (grants), sessions and known groupements. */
export const ACCESS_SCHEMA = 'access';

@Module({
  imports: [
    ContextRuntimeModule.forContext({
      context: 'access',
      schema: ACCESS_SCHEMA,
      consumers: [KnownConsortia.consumer(ACCESS_SCHEMA)],
    }),
  ],
  controllers: [SignInController, MeController, GrantsController, JwksController, ApiProxyController],
  providers: [
    {
      provide: SessionStore,
      inject: [AccessConfig, CONTEXT_SQL],
      useFactory: async (config: AccessConfig, sql: SqlExecutor) => {
        const store = new SessionStore(sql, ACCESS_SCHEMA, {
          lifetimeMs: config.MUTUALIS_SESSION_HOURS * 3_600_000,
          idleMs: config.MUTUALIS_SESSION_IDLE_MINUTES * 60_000,
        });
        await store.prepare();
        return store;
      },
    },
    {
      provide: KnownConsortia,
      inject: [CONTEXT_SQL],
      useFactory: async (sql: SqlExecutor) => {
        const known = new KnownConsortia(sql, ACCESS_SCHEMA);
        await known.prepare();
        return known;
      },
    },
    {
      provide: ConsoleCookies,
      inject: [AccessConfig],
      useFactory: (config: AccessConfig) => new ConsoleCookies(config.MUTUALIS_CONSOLE_URL),
    },
    {
      provide: 'CONSOLE_ORIGIN',
      inject: [AccessConfig],
      useFactory: (config: AccessConfig) => new URL(config.MUTUALIS_CONSOLE_URL).origin,
    },
    {
      provide: OpenIdProvider,
      inject: [AccessConfig],
      useFactory: (config: AccessConfig) =>
        new OpenIdProvider({
          issuer: config.MUTUALIS_OIDC_ISSUER,
          clientId: config.MUTUALIS_OIDC_CLIENT_ID,
          clientSecret: config.MUTUALIS_OIDC_CLIENT_SECRET,
          scopes: config.MUTUALIS_OIDC_SCOPES,
          organisationClaim: config.MUTUALIS_OIDC_ORGANISATION_CLAIM,
          redirectUri: new URL('/auth/callback', config.MUTUALIS_CONSOLE_URL).href,
          postLogoutRedirectUri: new URL('/', config.MUTUALIS_CONSOLE_URL).href,
        }),
    },
    {
      provide: AccessTokens,
      inject: [AccessConfig],
      useFactory: (config: AccessConfig) =>
        AccessTokens.open(
          config.MUTUALIS_ACCESS_SIGNING_KEY,
          config.MUTUALIS_ACCESS_ISSUER,
          config.MUTUALIS_JWT_AUDIENCE,
        ),
    },
    {
      provide: SERVICE_ADDRESSES,
      inject: [AccessConfig],
      useFactory: (config: AccessConfig) => serviceAddresses(config.MUTUALIS_SERVICE_URLS),
    },
    Grants,
    PeopleAccess,
    SignedIn,
  ],
})
export class AccessModule implements NestModule, OnApplicationBootstrap {
  constructor(
    @Inject(AccessConfig) private readonly config: AccessConfig,
    @Inject(Grants) private readonly grants: Grants,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.config.MUTUALIS_CONSOLE_DIR)
      consumer.apply(consoleFiles(this.config.MUTUALIS_CONSOLE_DIR)).forRoutes('*');
  }

  async onApplicationBootstrap(): Promise<void> {
    const emails = (this.config.MUTUALIS_PLATFORM_ADMINS ?? '')
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean);
    await this.grants.bootstrapAdministrators(emails, this.clock.today());
  }
}
