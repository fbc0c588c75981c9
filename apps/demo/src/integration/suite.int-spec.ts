import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Principal, readLocalSecrets } from '@mutualis/shared/api';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { Api } from '../client';
import { followJob, JobAnswer } from '../follow-job';
import { runScenario, ScenarioOutcome } from '../scenario';
import { runApp } from '../testing/node-process';
import { readAs } from '../testing/read-as';
import { startSuiteProcess, SuiteProcess } from '../testing/suite-process';
import { WITHOUT_TAX_ATTESTATION } from '../steps/suppliers';

/**
 * Issue 11's first "must show", as a newcomer meets it: `npm start` (the five services in one process, on the
 * embedded database kept in a data folder and the in-process bus), the demo's scenario completed against it, then a
 * restart that keeps the whole history, loses nothing and repeats nothing.
 */
const environment = useIntegrationEnvironment();
const dataDir = mkdtempSync(join(tmpdir(), 'mutualis-suite-'));
let suite: SuiteProcess;
let jwtSecret: string;
let first: ScenarioOutcome;

async function play(): Promise<ScenarioOutcome> {
  const account: string[] = [];
  try {
    return await runScenario(suite.urls, {
      jwtSecret,
      print: (line) => account.push(line),
      patienceMs: 120_000,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\n--- account\n${account.slice(-30).join('\n')}\n--- suite\n${suite.output()}`);
  }
}

/** The report of a verification of a consortium's ledger, run as a job and followed until it ends. */
async function verification(consortium: string, auditor: Principal) {
  const api = new Api(suite.urls, jwtSecret);
  const started = await api.post<JobAnswer>('audit', `${consortium}/verifications`, {}, auditor);
  const { result } = await followJob<{ ok: boolean; eventsChecked: number }>(api, 'audit', started, auditor);
  return result;
}

/** What the first groupement's history looks like from each service. */
async function historyOfFirstGroupement() {
  const auditor: Principal = {
    userId: 'suite-auditor',
    role: 'auditor',
    consortia: [first.groupement.consortiumId],
  };
  const read = readAs(suite.urls, jwtSecret);
  const consortium = `/consortia/${first.groupement.consortiumId}`;
  const day = first.execution.latePayment.paidOn;
  return {
    members: (await read<{ memberCount: number }>('membership', `${consortium}?on=${day}`, auditor))
      .memberCount,
    tenders: (await read<{ tenders: unknown[] }>('tender', `${consortium}/tenders`, auditor)).tenders,
    contracts: (await read<{ contracts: unknown[] }>('contract', `${consortium}/contracts`, auditor))
      .contracts,
    ledger: await verification(consortium, auditor),
    acts: (await read<{ acts: unknown[] }>('audit', `${consortium}/timeline`, auditor)).acts.length,
  };
}

beforeAll(async () => {
  suite = await startSuiteProcess(dataDir);
  jwtSecret = readLocalSecrets(dataDir)!.MUTUALIS_JWT_SECRET;
  first = await play();
}, 600_000);
environment.teardown(async () => {
  await suite?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the suite in one process on the embedded database (npm start)', () => {
  it('serves the five APIs and their OpenAPI pages, and the demo completes against it', async () => {
    for (const url of Object.values(suite.urls))
      expect((await fetch(`${url}/openapi.json`)).status).toBe(200);
    expect(first.tender.lots.map((lot) => lot.lot)).toEqual([1, 2, 3]);
    expect(first.execution.contracts).toHaveLength(3);
    expect(first.execution.latePayment.interestCents).toBeGreaterThan(0);
    expect(first.audit).toMatchObject({ verified: true, decpRecords: 3, decpProblems: [], ocdsProblems: [] });
  });

  it('asked the intended awardee of lot 3 alone for its attestation fiscale, which it had not filed to bid (R2144-4)', async () => {
    const auditor: Principal = {
      userId: 'suite-auditor',
      role: 'auditor',
      consortia: [first.groupement.consortiumId],
    };
    const tender = await readAs(suite.urls, jwtSecret)<{
      documentRequests: Record<string, { supplierSiret: string; documents: string[] }>;
    }>('tender', `/consortia/${first.groupement.consortiumId}/tenders/${first.tender.tenderId}`, auditor);
    expect(tender.documentRequests).toEqual({
      '3': expect.objectContaining({
        supplierSiret: WITHOUT_TAX_ATTESTATION.siret,
        documents: ['tax-regularity'],
      }),
    });
    expect(first.tender.lots.find((lot) => lot.lot === 3)?.holder.siret).toBe(WITHOUT_TAX_ATTESTATION.siret);
  });

  it('keeps the history across a restart: nothing lost, nothing applied twice, and it goes on working', async () => {
    const before = await historyOfFirstGroupement();
    expect(before.ledger.ok).toBe(true);
    expect(before.ledger.eventsChecked).toBeGreaterThanOrEqual(first.audit.ledgerEvents);

    expect(await suite.stop()).toBe(0);
    suite = await startSuiteProcess(dataDir);
    // The relays publish every store again to the new in-process bus, ahead of anything new on each topic: once a
    // second scenario has gone through every service and the audit, the republished events have all been handled.
    const second = await play();
    expect(second.groupement.consortiumId).not.toBe(first.groupement.consortiumId);
    // The clocks kept the time the first run moved them to: the second run's acts come after the first's.
    expect(second.start > first.execution.latePayment.paidOn).toBe(true);
    expect(second.audit).toMatchObject({ verified: true, decpRecords: 3 });

    expect(await historyOfFirstGroupement()).toEqual(before);
  });

  it('is found by `npm run demo` from its data folder alone, whatever its ports', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MUTUALIS_DATA_DIR: dataDir, NODE_OPTIONS: '' };
    for (const name of ['MUTUALIS_JWT_SECRET', 'MUTUALIS_URL']) delete env[name];
    const demo = await runApp('demo', env);
    expect([demo.status, demo.output]).toEqual([0, expect.stringContaining(join(dataDir, 'suite.json'))]);
    expect(demo.output).toContain('Done. The data stays for exploration');

    const nowhere = await runApp('demo', { ...env, MUTUALIS_URL: 'http://127.0.0.1:9' });
    expect(nowhere.status).toBe(2);
    expect(nowhere.output).toContain(
      'no answer from the membership service (http://127.0.0.1:9), found from MUTUALIS_URL=http://127.0.0.1:9',
    );
  }, 300_000);
});

describe('the same suite on PostgreSQL and Kafka (DATABASE_URL and KAFKA_BROKERS set)', () => {
  it('completes the demo with each service on the database server and the broker', async () => {
    await suite.stop();
    expect(existsSync(join(dataDir, 'suite.json'))).toBe(false); // a stopped suite is no longer announced
    const serversDir = mkdtempSync(join(tmpdir(), 'mutualis-suite-servers-'));
    try {
      suite = await startSuiteProcess(serversDir, {
        ...environment(),
        // The broker is the whole test run's: these services must not share other files' consumer groups.
        consumerGroupPrefix: `suite-${randomBytes(4).toString('hex')}.`,
      });
      expect(suite.output()).toContain('on PostgreSQL (DATABASE_URL) and Kafka');
      jwtSecret = readLocalSecrets(serversDir)!.MUTUALIS_JWT_SECRET;
      const outcome = await play();
      expect(outcome.execution.contracts).toHaveLength(3);
      expect(outcome.audit).toMatchObject({
        verified: true,
        decpRecords: 3,
        decpProblems: [],
        ocdsProblems: [],
      });
    } finally {
      await suite.stop();
      rmSync(serversDir, { recursive: true, force: true });
    }
  }, 600_000);
});
