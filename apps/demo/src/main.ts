// `npm run demo`: issue 11's scenario against the five services, printing its account.
import { localDataDir, locateSuite, localTokenSecret, SUITE_SERVICES } from '@mutualis/shared/api/local';
import { runScenario } from './scenario';

const env = process.env;
const { urls, source, consoleUrl } = locateSuite(env);
const jwtSecret = localTokenSecret(env);

/** The first service that does not answer `GET /`, or null when the five do. */
async function unreachable(): Promise<string | null> {
  for (const service of SUITE_SERVICES) {
    const answered = await fetch(`${urls[service]}/`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (!answered) return `${service} service (${urls[service]})`;
  }
  return null;
}

async function main(): Promise<void> {
  if (!jwtSecret) {
    process.stderr.write(
      `demo: no token secret: MUTUALIS_JWT_SECRET is not set and ${localDataDir(env)} holds none. ` +
        'Start the suite first (`npm start`; MUTUALIS_DATA_DIR if it keeps its data elsewhere), ' +
        'or export MUTUALIS_JWT_SECRET as the services have it.\n',
    );
    process.exitCode = 2;
    return;
  }
  const missing = await unreachable();
  if (missing) {
    process.stderr.write(
      `demo: no answer from the ${missing}, found from ${source}. Start the suite (\`npm start\`), ` +
        'or say where it runs: MUTUALIS_DATA_DIR (its data folder), MUTUALIS_URL (its first API), or ' +
        'MUTUALIS_<SERVICE>_URL for one service.\n',
    );
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`The suite: ${source}.\n`);
  await runScenario(urls, { jwtSecret, print: (line) => process.stdout.write(`${line}\n`) }).then(
    (outcome) => {
      const { consortiumId } = outcome.groupement;
      process.stdout.write(
        `\nDone. The data stays for exploration: consortium ${consortiumId}, tender ${outcome.tender.tenderId}.\n` +
          `   e.g. GET ${urls.audit}/consortia/${consortiumId}/timeline, ${urls.tender}/docs\n` +
          (consoleUrl
            ? `   In the console, ${consoleUrl}: sign in as claire.martin@toulouse-metropole.fr (the coordinator) or ` +
              'lucie.bonnet@mairie-balma.fr (a member), password demo.\n'
            : ''),
      );
    },
    (error: unknown) => {
      process.stderr.write(`\ndemo: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

void main();
