import { CliIo, USAGE_ERROR, UsageError } from './cli-io';

/** Runs a command; resolves to its exit status when it has one to give (0 otherwise). */
type Command = (args: string[], io: CliIo) => Promise<number | void>;

// Each command is loaded when it is called: `token` and `--help` need neither Kafka's client nor the audit domain.
const COMMANDS: Record<string, () => Promise<{ run: Command; usage: string }>> = {
  token: async () => {
    const { tokenCommand, TOKEN_USAGE } = await import('./token-command.js');
    return { run: tokenCommand, usage: TOKEN_USAGE };
  },
  dlt: async () => {
    const { dltCommand, DLT_USAGE } = await import('./dlt-command.js');
    return { run: dltCommand, usage: DLT_USAGE };
  },
  audit: async () => {
    const { auditCommand, AUDIT_USAGE } = await import('./audit-command.js');
    return { run: auditCommand, usage: AUDIT_USAGE };
  },
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
  const load = COMMANDS[name];
  if (!load) {
    io.err(`mutualis: unknown command "${name}"\n\n${USAGE}\n`);
    return USAGE_ERROR;
  }
  const command = await load();
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
