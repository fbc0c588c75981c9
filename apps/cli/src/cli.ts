import { AUDIT_USAGE, auditCommand } from './audit-command';
import { CliIo, USAGE_ERROR, UsageError } from './cli-io';
import { dltCommand, DLT_USAGE } from './dlt-command';
import { tokenCommand, TOKEN_USAGE } from './token-command';

/** Runs a command; resolves to its exit status when it has one to give (0 otherwise). */
type Command = (args: string[], io: CliIo) => Promise<number | void>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  token: { run: tokenCommand, usage: TOKEN_USAGE },
  dlt: { run: dltCommand, usage: DLT_USAGE },
  audit: { run: auditCommand, usage: AUDIT_USAGE },
};

const USAGE = `Usage: mutualis <command> [options]

Commands:
  token   print a local bearer token for development and demos
  dlt     list dead letters of a topic, or replay a consumer's after a fix
  audit   export a consortium's audit bundle, or verify it (from the database or offline)

Run "mutualis <command> --help" for a command's options.`;

/** Runs `mutualis <command> …` and resolves to the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(`${USAGE}\n`);
    return name === undefined ? USAGE_ERROR : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`mutualis: unknown command "${name}"\n\n${USAGE}\n`);
    return USAGE_ERROR;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    return (await command.run(args, io)) ?? 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`mutualis ${name}: ${error.message}\n\n${command.usage}\n`);
    return USAGE_ERROR;
  }
}
