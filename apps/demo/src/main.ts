// `npm run demo`: issue 11's scenario against the five services, printing its account.
import { localTokenSecret } from '@mutualis/shared/api/tokens';
import { ServiceUrls } from './client';
import { runScenario } from './scenario';

const env = process.env;
const urls: ServiceUrls = {
  membership: env['MUTUALIS_MEMBERSHIP_URL'] || 'http://127.0.0.1:3001',
  supplier: env['MUTUALIS_SUPPLIER_URL'] || 'http://127.0.0.1:3002',
  tender: env['MUTUALIS_TENDER_URL'] || 'http://127.0.0.1:3003',
  contract: env['MUTUALIS_CONTRACT_URL'] || 'http://127.0.0.1:3004',
  audit: env['MUTUALIS_AUDIT_URL'] || 'http://127.0.0.1:3005',
};
const jwtSecret = localTokenSecret(env);

if (!jwtSecret) {
  process.stderr.write(
    'demo: no token secret: start the suite first (`npm start`, which keeps one in ./data), ' +
      'or export MUTUALIS_JWT_SECRET as the services have it\n',
  );
  process.exitCode = 2;
} else {
  runScenario(urls, { jwtSecret, print: (line) => process.stdout.write(`${line}\n`) }).then(
    (outcome) => {
      const { consortiumId } = outcome.groupement;
      process.stdout.write(
        `\nDone. The data stays for exploration: consortium ${consortiumId}, tender ${outcome.tender.tenderId}.\n` +
          `   e.g. GET ${urls.audit}/consortia/${consortiumId}/timeline, ${urls.tender}/docs\n`,
      );
    },
    (error: unknown) => {
      process.stderr.write(`\ndemo: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
