import { Expose } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { ConfigurationError, loadConfig } from './load-config';
import { PlatformConfig } from './platform-config';

const SECRET = 'a-local-secret-long-enough-for-hs256!';
const valid = { DATABASE_URL: 'postgres://mutualis@127.0.0.1:5432/membership', MUTUALIS_JWT_SECRET: SECRET };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(PlatformConfig, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('the platform configuration', () => {
  it('takes the documented defaults for every variable not set', () => {
    const config = loadConfig(PlatformConfig, valid);
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      HTTP_BODY_LIMIT_BYTES: 1_048_576,
      SHUTDOWN_TIMEOUT_MS: 10_000,
      MUTUALIS_JWT_ALGORITHM: 'HS256',
      MUTUALIS_JWT_ISSUER: 'mutualis',
      MUTUALIS_JWT_AUDIENCE: 'mutualis',
    });
  });

  it('reads numbers from their text', () => {
    expect(loadConfig(PlatformConfig, { ...valid, PORT: '8080' }).PORT).toBe(8080);
  });

  it('names a required variable that is not set', () => {
    expect(problemsOf({ MUTUALIS_JWT_SECRET: SECRET })).toEqual(['DATABASE_URL is not set']);
  });

  it('lets a variable given otherwise (the suite’s embedded database) be unset, but still checks it when set', () => {
    expect(
      loadConfig(PlatformConfig, { MUTUALIS_JWT_SECRET: SECRET }, ['DATABASE_URL']).DATABASE_URL,
    ).toBeUndefined();
    expect(() =>
      loadConfig(PlatformConfig, { MUTUALIS_JWT_SECRET: SECRET, DATABASE_URL: 'mysql://x' }, [
        'DATABASE_URL',
      ]),
    ).toThrow('DATABASE_URL must be a postgres:// or postgresql:// URL');
  });

  it('names every wrong variable at once, saying what is expected', () => {
    expect(problemsOf({ ...valid, PORT: 'http', LOG_LEVEL: 'verbose', DATABASE_URL: 'mysql://x' })).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
      'LOG_LEVEL must be one of the following values: fatal, error, warn, info, debug, trace, silent',
      'PORT must be an integer number',
    ]);
    expect(problemsOf({ ...valid, PORT: '70000' })).toEqual(['PORT must not be greater than 65535']);
  });

  it('requires an HS256 secret of at least 32 characters, without ever printing it', () => {
    const error = (() => {
      try {
        return loadConfig(PlatformConfig, { ...valid, MUTUALIS_JWT_SECRET: 'short-secret' });
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      'invalid configuration: MUTUALIS_JWT_SECRET must be longer than or equal to 32 characters',
    );
  });

  it('requires the JWKS URL, not the secret, when tokens are RS256', () => {
    expect(problemsOf({ DATABASE_URL: valid.DATABASE_URL, MUTUALIS_JWT_ALGORITHM: 'RS256' })).toEqual([
      'MUTUALIS_JWT_JWKS_URL is not set',
    ]);
    const config = loadConfig(PlatformConfig, {
      DATABASE_URL: valid.DATABASE_URL,
      MUTUALIS_JWT_ALGORITHM: 'RS256',
      MUTUALIS_JWT_JWKS_URL: 'https://idp.example.fr/.well-known/jwks.json',
    });
    expect(config.MUTUALIS_JWT_JWKS_URL).toBe('https://idp.example.fr/.well-known/jwks.json');
  });

  it("checks a service's own variables in the same pass as the platform's", () => {
    class TenderConfig extends PlatformConfig {
      @Expose() @IsString() @Matches(/^[^,]+(,[^,]+)*$/) KAFKA_BROKERS!: string;
    }
    expect(() => loadConfig(TenderConfig, { MUTUALIS_JWT_SECRET: SECRET })).toThrow(
      'invalid configuration: DATABASE_URL is not set; KAFKA_BROKERS is not set',
    );
    expect(loadConfig(TenderConfig, { ...valid, KAFKA_BROKERS: 'kafka:9092' }).KAFKA_BROKERS).toBe(
      'kafka:9092',
    );
  });

  it('ignores the variables it does not know', () => {
    expect(loadConfig(PlatformConfig, { ...valid, HOME: '/root' })).not.toHaveProperty('HOME');
  });
});
