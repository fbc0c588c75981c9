/**
 * `npm run bench:e2e`: commands per second and end-to-end latency of the suite, the five services as separate
 * processes on the local PostgreSQL and a local Kafka broker. The command is a supplier's registration (supplier
 * service); it is visible end to end once the audit service's ledger holds its event, which it receives through
 * Kafka: the latency is the ledger's reception time less the event's recording time, both read from the one
 * PostgreSQL clock. Load rises stage by stage (autocannon, loopback only, each stage bounded in time); the baseline,
 * measured in the same run, is the same service's health endpoint: the HTTP floor of one process on this machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { issueLocalToken } from '@mutualis/shared/api/local';
import { benchServerUrl, createBenchDatabase, startLocalKafka } from '@mutualis/shared/testing';
import { freshSiret } from '@mutualis/shared/api/testing';
import { ServiceProcesses, startServiceProcesses } from '../src/testing/service-processes';

const STAGE_SECONDS = 10;
const CONNECTIONS = [1, 4, 16, 32];
const VISIBLE_WITHIN_MS = 120_000;
const AIM = { commandsPerSecond: 300, p99Ms: 300 };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Stage {
  connections: number;
  commandsPerSecond: number;
  refused: number;
  httpLatencyMs: { p50: number; p97_5: number; p99: number };
  endToEndMs: { p50: number; p95: number; p99: number };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(benchServerUrl());
  const kafka = await startLocalKafka();
  let services: ServiceProcesses | undefined;
  const pool = new Pool({ connectionString: database.url, max: 2 });
  try {
    console.log(`End-to-end benchmark — node ${process.version}, ${new Date().toISOString()}`);
    services = await startServiceProcesses({ databaseUrl: database.url, kafkaBrokers: kafka.brokers });
    const token = await issueLocalToken(
      { userId: 'bench', role: 'platform-admin', consortia: [] },
      { secret: services.jwtSecret, ttl: '1h' },
    );
    const baseline = await load(services.urls.supplier, 16, { method: 'GET', path: '/health/live' });
    const baselineRate = baseline.requests.average;
    console.log(`baseline: GET /health/live, 16 connections: ${fmt(baselineRate)} requests/s`);

    const stages: Stage[] = [];
    for (const connections of CONNECTIONS) {
      const sirets: string[] = [];
      const result = await load(services.urls.supplier, connections, {
        method: 'POST',
        path: '/suppliers',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (request) => {
          const siret = freshSiret();
          sirets.push(siret);
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': randomUUID() },
            body: JSON.stringify(registration(siret)),
          };
        },
      });
      const accepted = result['2xx'];
      const endToEnd = await visibleInAudit(pool, sirets, accepted);
      const stage: Stage = {
        connections,
        commandsPerSecond: accepted / STAGE_SECONDS,
        refused: result.non2xx,
        httpLatencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
        endToEndMs: endToEnd,
      };
      stages.push(stage);
      console.log(
        `${connections} connections: ${fmt(stage.commandsPerSecond)} commands/s ` +
          `(${(stage.commandsPerSecond / baselineRate).toFixed(2)} of the baseline), ${stage.refused} refused; ` +
          `HTTP p50/p97.5/p99 ${stage.httpLatencyMs.p50}/${stage.httpLatencyMs.p97_5}/${stage.httpLatencyMs.p99} ms; ` +
          `accepted → in the audit ledger p50/p95/p99 ${endToEnd.p50}/${endToEnd.p95}/${endToEnd.p99} ms`,
      );
    }
    const sustained = stages.filter((stage) => stage.endToEndMs.p99 < AIM.p99Ms);
    const best = Math.max(0, ...sustained.map((stage) => stage.commandsPerSecond));
    console.log(
      `aim: ≥ ${AIM.commandsPerSecond} commands/s with p99 < ${AIM.p99Ms} ms end to end — ` +
        `best stage within the p99: ${fmt(best)} commands/s: ${best >= AIM.commandsPerSecond ? 'met' : 'not met'}`,
    );
    mkdirSync('tmp/bench', { recursive: true });
    writeFileSync(
      'tmp/bench/e2e.json',
      JSON.stringify({ at: new Date().toISOString(), baselineRate, stages }, null, 2),
    );
    console.log('Figures written to tmp/bench/e2e.json');
  } finally {
    await pool.end();
    await services?.stop();
    kafka.stop();
    await database.drop();
  }
}

/** One bounded stage of load on loopback. */
function load(url: string, connections: number, request: autocannon.Request): Promise<autocannon.Result> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`load goes to 127.0.0.1 only, not ${url}`);
  return autocannon({ url, connections, duration: STAGE_SECONDS, requests: [request] });
}

/** A company registering, without contacts: the command, not the personal-data vault, is measured. */
function registration(siret: string) {
  return {
    siret,
    legalName: `Société de mesure ${siret}`,
    address: { street: '1 rue des Essais', postalCode: '31000', city: 'Toulouse' },
    size: 'pme',
    cpvCodes: ['72000000-5'],
    contacts: [],
  };
}

/** Waits until the audit ledger holds the accepted registrations, then their latency percentiles in ms. */
async function visibleInAudit(pool: Pool, sirets: string[], accepted: number) {
  const streams = sirets.map((siret) => `supplier-${siret}`);
  const deadline = Date.now() + VISIBLE_WITHIN_MS;
  for (;;) {
    const { rows } = await pool.query<{ count: string }>(
      'SELECT count(*) FROM audit.ledger WHERE stream_id = ANY($1)',
      [streams],
    );
    if (Number(rows[0]!.count) >= accepted) break;
    if (Date.now() > deadline)
      throw new Error(`the audit ledger holds ${rows[0]!.count} of ${accepted} events`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { rows } = await pool.query<{ p50: number; p95: number; p99: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
       FROM (SELECT 1000 * extract(epoch FROM received_at - (envelope->>'recordedAt')::timestamptz) AS ms
               FROM audit.ledger WHERE stream_id = ANY($1)) AS latencies`,
    [streams],
  );
  const { p50, p95, p99 } = rows[0]!;
  return { p50: Math.round(p50), p95: Math.round(p95), p99: Math.round(p99) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
