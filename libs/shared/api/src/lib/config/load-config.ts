import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { PlatformConfig } from './platform-config';

/** The environment does not configure the service: names every variable at fault, never their values. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads and validates the environment into `configClass` (PlatformConfig or a service's subclass of it). Variables
 * named in `providedOtherwise` may be left unset (the suite gives its services their database, for one); set, they
 * are checked as usual.
 */
export function loadConfig<Config extends PlatformConfig>(
  configClass: new () => Config,
  env: NodeJS.ProcessEnv = process.env,
  providedOtherwise: string[] = [],
): Config {
  const config = plainToInstance(configClass, env, {
    excludeExtraneousValues: true,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { stopAtFirstError: true }).filter(
    (error) => !(providedOtherwise.includes(error.property) && env[error.property] === undefined),
  );
  if (errors.length > 0) throw new ConfigurationError(errors.map((error) => describe(error, env)).sort());
  return config;
}

function describe(error: ValidationError, env: NodeJS.ProcessEnv): string {
  if (env[error.property] === undefined) return `${error.property} is not set`;
  return Object.values(error.constraints ?? {}).join(', ') || `${error.property} is not valid`;
}
