import { Expose, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { ContextConfig } from '@mutualis/shared/api';

const URL_RULES = { protocols: ['https', 'http'], require_tld: false, require_protocol: true };
const integer = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
);

/** The access context's variables: the OpenID provider, the console's address, the services it calls, its key. */
export class AccessConfig extends ContextConfig {
  /** The console's public address (`https://console.example.fr`): the callback and the cookies are built from it. */
  @Expose() @IsUrl(URL_RULES) MUTUALIS_CONSOLE_URL!: string;

  /** The OpenID Connect provider people sign in with (ProConnect in production), by its issuer. */
  @Expose() @IsUrl(URL_RULES) MUTUALIS_OIDC_ISSUER!: string;

  @Expose() @MinLength(1) @IsString() MUTUALIS_OIDC_CLIENT_ID = 'mutualis-console';

  @Expose() @MinLength(16) @IsString() MUTUALIS_OIDC_CLIENT_SECRET!: string;

  /** The scopes asked for; ProConnect gives the organisation's SIRET with `siret`. */
  @Expose() @MinLength(1) @IsString() MUTUALIS_OIDC_SCOPES = 'openid email profile siret';

  /** The claim naming the SIRET of the organisation a person works for. */
  @Expose() @MinLength(1) @IsString() MUTUALIS_OIDC_ORGANISATION_CLAIM = 'siret';

  /** The RSA private key (PKCS #8 PEM, base64) the tokens minted for the services are signed with (RS256). */
  @Expose() @MinLength(100) @IsString() MUTUALIS_ACCESS_SIGNING_KEY!: string;

  /** Where the five services answer: `membership=http://…,supplier=http://…,tender=…,contract=…,audit=…`. */
  @Expose()
  @Matches(/^[a-z]+=https?:\/\/[^\s,]+(,[a-z]+=https?:\/\/[^\s,]+)*$/, {
    message: '$property must be name=url[,name=url…]',
  })
  MUTUALIS_SERVICE_URLS!: string;

  /** The console's built files (`dist/apps/console`); unset, the access context serves its API only. */
  @Expose() @IsOptional() @IsString() MUTUALIS_CONSOLE_DIR?: string;

  /** A session ends this many hours after sign-in, whatever happens. */
  @Expose() @integer @Min(1) @Max(24) @IsInt() MUTUALIS_SESSION_HOURS = 8;

  /** …and after this many minutes without a request. */
  @Expose() @integer @Min(5) @Max(480) @IsInt() MUTUALIS_SESSION_IDLE_MINUTES = 60;

  /**
   * The e-mail addresses granted platform administration when the service starts, if they hold no such grant: how a
   * platform gets its first administrator, who grants the others. Comma-separated; none by default.
   */
  @Expose() @IsOptional() @IsString() MUTUALIS_PLATFORM_ADMINS?: string;
}
