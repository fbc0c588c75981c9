import {
  InvalidTokenError,
  issueLocalToken,
  localDataDir,
  localTokenSecret,
  Principal,
  Role,
  ROLES,
} from '@mutualis/shared/api/local';
import { CliIo, parseCliOptions, UsageError } from './cli-io';

export const TOKEN_USAGE = `Usage: mutualis token --role <role> --consortium <uuid> [--consortium <uuid>…]
                      [--authority-siret <siret>] [--supplier-siret <siret>] [--user <id>] [--ttl 8h]

Prints a local HS256 bearer token, signed with MUTUALIS_JWT_SECRET (the services' secret when they run
with MUTUALIS_JWT_ALGORITHM=HS256), or else with the secret \`npm start\` keeps in ./data (MUTUALIS_DATA_DIR),
for development and demos. Issuer and audience follow
MUTUALIS_JWT_ISSUER and MUTUALIS_JWT_AUDIENCE, "mutualis" by default.

  --role             ${ROLES.join(', ')}
  --consortium       a consortium the token speaks for (repeat for several; none only for platform-admin)
  --authority-siret  the public authority a member-buyer acts for
  --supplier-siret   the company a supplier acts for
  --user             the user id recorded as actor (default: local-<role>)
  --ttl              lifetime: 30m, 8h, 2d… (default: 8h)`;

/** `mutualis token`: checks its arguments, then prints the token on stdout alone so that `$(…)` captures it. */
export async function tokenCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseCliOptions(args, OPTIONS);
  const secret = localTokenSecret(io.env);
  if (!secret) {
    throw new UsageError(
      `MUTUALIS_JWT_SECRET is not set and ${localDataDir(io.env)} holds no secret of a suite: export the secret ` +
        'the services use, or start the suite (npm start), or set MUTUALIS_DATA_DIR to the data folder it runs on',
    );
  }
  const role = values.role;
  if (!role) throw new UsageError('--role is required');
  if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const principal: Principal = {
    userId: values.user ?? `local-${role}`,
    role,
    consortia: values.consortium ?? [],
    ...(values['authority-siret'] ? { authoritySiret: values['authority-siret'] } : {}),
    ...(values['supplier-siret'] ? { supplierSiret: values['supplier-siret'] } : {}),
  };
  try {
    const token = await issueLocalToken(principal, {
      secret,
      ttl: values.ttl,
      issuer: io.env['MUTUALIS_JWT_ISSUER'] || undefined,
      audience: io.env['MUTUALIS_JWT_AUDIENCE'] || undefined,
    });
    io.out(`${token}\n`);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new UsageError(error.reason);
    if (error instanceof Error) throw new UsageError(error.message);
    throw error;
  }
}

const OPTIONS = {
  role: { type: 'string' },
  consortium: { type: 'string', multiple: true },
  'authority-siret': { type: 'string' },
  'supplier-siret': { type: 'string' },
  user: { type: 'string' },
  ttl: { type: 'string', default: '8h' },
} as const;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
