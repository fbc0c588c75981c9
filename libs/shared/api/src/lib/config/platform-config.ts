import { Expose, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const TOKEN_ALGORITHMS = ['HS256', 'RS256'] as const;
/** Issuer and audience of Mutualis tokens unless configured otherwise; `mutualis token` signs with the same. */
export const DEFAULT_TOKEN_ISSUER = 'mutualis';
/** The issuer of the tokens the access context mints for the people signed in to the console. */
export const DEFAULT_ACCESS_ISSUER = 'mutualis-access';
export const DEFAULT_TOKEN_AUDIENCE = 'mutualis';
/** Shortest HS256 secret accepted: 256 bits of text, as RFC 7518 asks of an HMAC-SHA256 key. */
export const MIN_SECRET_LENGTH = 32;

/** Environment text of digits becomes a number; anything else stays text so the validator names the variable. */
const integer = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value,
);

/**
 * The environment variables every service reads, validated at start by `loadConfig`. A service with variables of
 * its own extends this class with the same decorators (`@Expose()` on each property), so one pass checks them all.
 * Only the first failed check of a variable is reported, and checks run from the property outwards: the type check
 * sits next to the property so that `PORT=http` reads "must be an integer", not "must not be greater than 65535".
 */
export class PlatformConfig {
  /** TCP port of the HTTP server; 0 picks a free one. */
  @Expose() @integer @Min(0) @Max(65535) @IsInt() PORT = 3000;

  /** Interface to listen on; containers set 0.0.0.0. */
  @Expose() @MinLength(1) @IsString() HOST = '127.0.0.1';

  /** The service's PostgreSQL database (idempotency records, readiness). */
  @Expose()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// or postgresql:// URL' })
  DATABASE_URL!: string;

  @Expose() @IsIn(LOG_LEVELS) LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Largest JSON body accepted, in bytes; larger ones get 413. */
  @Expose() @integer @Min(1024) @Max(50 * 1024 * 1024) @IsInt() HTTP_BODY_LIMIT_BYTES = 1024 * 1024;

  /** How long a shutdown waits for requests in flight before closing their connections. */
  @Expose() @integer @Min(0) @Max(600_000) @IsInt() SHUTDOWN_TIMEOUT_MS = 10_000;

  /** HS256 with a shared secret for local runs; RS256 with the identity provider's JWKS in production. */
  @Expose() @IsIn(TOKEN_ALGORITHMS) MUTUALIS_JWT_ALGORITHM: (typeof TOKEN_ALGORITHMS)[number] = 'HS256';

  @Expose()
  @ValidateIf((config: PlatformConfig) => config.MUTUALIS_JWT_ALGORITHM === 'HS256')
  @MinLength(MIN_SECRET_LENGTH)
  @IsString()
  MUTUALIS_JWT_SECRET?: string;

  @Expose()
  @ValidateIf((config: PlatformConfig) => config.MUTUALIS_JWT_ALGORITHM === 'RS256')
  @IsUrl({ protocols: ['https', 'http'], require_tld: false, require_protocol: true })
  MUTUALIS_JWT_JWKS_URL?: string;

  @Expose() @MinLength(1) @IsString() MUTUALIS_JWT_ISSUER = DEFAULT_TOKEN_ISSUER;

  @Expose() @MinLength(1) @IsString() MUTUALIS_JWT_AUDIENCE = DEFAULT_TOKEN_AUDIENCE;

  /**
   * The JWKS of the access context (the console's backend-for-frontend), whose RS256 tokens are trusted besides those
   * above: where local tools sign HS256 tokens, the console's still work. Unset, only the tokens above are trusted.
   */
  @Expose()
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false, require_protocol: true })
  MUTUALIS_ACCESS_JWKS_URL?: string;

  /** The `iss` of the access context's tokens, told apart from the others by it. */
  @Expose() @MinLength(1) @IsString() MUTUALIS_ACCESS_ISSUER = DEFAULT_ACCESS_ISSUER;

  /**
   * `on` lets the platform administrator set the service's clock (`PUT /clock`), for demonstrations and end-to-end
   * tests that must live through deadlines in minutes. Never on in production: acts would be dated at will.
   */
  @Expose() @IsIn(['on', 'off']) MUTUALIS_CLOCK_CONTROL: 'on' | 'off' = 'off';

  /**
   * A secret (base64) that keys the fingerprints of requests kept for Idempotency-Key, for a service whose request
   * bodies must stay secret at rest (sealed bids). None by default: fingerprints are plain hashes.
   */
  fingerprintSecret(): string | undefined {
    return undefined;
  }
}
