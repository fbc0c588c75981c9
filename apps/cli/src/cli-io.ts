import { parseArgs, ParseArgsConfig } from 'node:util';

/** What a command may touch of the outside world: its environment and its two output streams. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

/** Exit status of a command used wrongly (bad option, missing variable), as shells expect. */
export const USAGE_ERROR = 2;

/** A mistake of the caller: printed with the command's usage, and exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A command's options, strictly: an unknown option or a missing value is the caller's mistake (UsageError). */
export function parseCliOptions<const Options extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: Options,
) {
  try {
    return parseArgs({ args, strict: true, allowPositionals: false, options });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The value of an option the command cannot do without. */
export function required(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`${option} is required`);
  return value;
}
