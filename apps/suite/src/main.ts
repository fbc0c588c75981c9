// `npm start`: the five services and the console in one process, on the embedded database unless DATABASE_URL and
// KAFKA_BROKERS say otherwise. Prints where the console, the APIs and their OpenAPI pages are.
import 'reflect-metadata';
import { ConfigurationError } from '@mutualis/shared/api';
import { DataFolderInUseError, DataFolderVersionError } from '@mutualis/shared/event-store';
import { RunningSuite, startSuite, SuiteService } from './suite';

const LABELS = {
  membership: 'adhésions et recensement (membership)',
  supplier: 'fournisseurs (supplier)',
  tender: 'consultations (tender)',
  contract: 'exécution des marchés (contract)',
  audit: 'audit, DECP et OCDS (audit)',
};

const startedAt = performance.now();
const seconds = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

function serviceLine(name: SuiteService, url: string): string {
  return `  ${LABELS[name].padEnd(40)} ${url}   API: ${url}/docs   (${seconds()})\n`;
}

function banner(suite: RunningSuite): string {
  const lines = [
    '',
    `Console: ${suite.consoleUrl}   (open it in a browser and sign in)`,
    suite.identityProvider
      ? `  Sign-in: the development identity provider at ${suite.identityProvider} lists its demo accounts ` +
        '(password: demo). Never in production: set MUTUALIS_OIDC_ISSUER to your provider (ProConnect).'
      : `  Sign-in: ${process.env['MUTUALIS_OIDC_ISSUER']}`,
    '',
    `Mutualis is running (ready in ${seconds()}): five services in one process, on ${suite.storage} and ${suite.bus}.`,
    suite.secretsFile
      ? `Secrets: generated for local use in ${suite.secretsFile} (set the MUTUALIS_* variables to use yours).`
      : 'Secrets: from the environment.',
    ...(suite.clockControl
      ? ['Clock control is on (PUT /clock, platform administrator): for demonstrations, never in production.']
      : []),
    'Next: `npm run demo` plays a whole procurement through these APIs. Ctrl+C stops the suite; the data stays.',
  ];
  return `${lines.join('\n')}\n`;
}

process.stdout.write('Mutualis: starting the five services…\n');
startSuite(process.env, (name, url) => process.stdout.write(serviceLine(name, url))).then(
  (suite) => {
    process.stdout.write(banner(suite));
    const shutdown = () => {
      process.stdout.write('Mutualis: stopping…\n');
      suite.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Mutualis: stopped with an error: ${String(error)}\n`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  },
  (error: unknown) => {
    process.stderr.write(`Mutualis cannot start: ${reasonOf(error)}\n`);
    process.exit(1);
  },
);

/** Why the suite could not start, in a sentence where the cause is known (a variable, a port, the data folder). */
function reasonOf(error: unknown): string {
  if (
    error instanceof ConfigurationError ||
    error instanceof DataFolderInUseError ||
    error instanceof DataFolderVersionError
  )
    return error.message;
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE')
    return `port ${port} is in use: stop what holds it, or set PORT to another first port`;
  return String((error as Error)?.stack ?? error);
}
