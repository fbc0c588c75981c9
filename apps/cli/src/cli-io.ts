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
