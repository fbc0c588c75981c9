// The `mutualis` command line.
import { runCli } from './cli';

runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (status) => (process.exitCode = status),
  (error: unknown) => {
    process.stderr.write(
      `mutualis: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
