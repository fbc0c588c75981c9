/**
 * `npm run bench:onboarding`: how long a regional platform's file of 2,000 authorities takes to import in the
 * background, and how the service answers meanwhile. The baseline, measured in the same run, is the latency of a
 * read of the consortium while the service is idle; the same read is timed again, in a bounded loop, while the
 * import runs. One throw-away database on this machine's PostgreSQL, dropped at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { membershipService } from '@mutualis/membership/application';
import { startServiceApp } from '@mutualis/shared/api/testing';
import { benchServerUrl, createBenchDatabase, workspaceRoot } from '@mutualis/shared/testing';
import { consortiumBody } from '../src/testing/membership-fixtures';
import { regionalOnboardingFile } from '../src/testing/regional-onboarding-file';

const ROWS = 2_000;
const IDLE_READS = 200;
const JOB_LIMIT_MS = 600_000;
const AIM_SECONDS = 60;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(benchServerUrl());
  const service = await startServiceApp(membershipService, { DATABASE_URL: database.url, LOG_LEVEL: 'warn' });
  try {
    console.log(`Onboarding benchmark — node ${process.version}, ${new Date().toISOString()}`);
    service.setNow('2026-03-02T10:00:00+01:00');
    const formed = await service
      .http()
      .post('/consortia')
      .set('Authorization', await service.bearer('platform-admin'))
      .send(consortiumBody('purchasing-centre', { effectiveOn: '2026-01-15' }));
    const consortiumId: string = formed.body.consortiumId;
    const coordinator = await service.bearer('coordinator', { consortia: [consortiumId] });
    const read = async () => {
      const start = process.hrtime.bigint();
      const response = await service
        .http()
        .get(`/consortia/${consortiumId}`)
        .set('Authorization', coordinator);
      if (response.status !== 200) throw new Error(`read answered ${response.status}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };

    const idle: number[] = [];
    for (let i = 0; i < IDLE_READS; i++) idle.push(await read());

    const file = regionalOnboardingFile(workspaceRoot(), ROWS);
    const started = Date.now();
    const upload = await service
      .http()
      .post(`/consortia/${consortiumId}/onboarding-imports`)
      .set('Authorization', coordinator)
      .attach('file', Buffer.from(file.csv), { filename: 'adhesions-region.csv', contentType: 'text/csv' });
    if (upload.status !== 202) throw new Error(`upload answered ${upload.status}: ${upload.text}`);
    const answeredMs = Date.now() - started;
    const location: string = upload.headers['location']!;
    const during: number[] = [];
    let job = upload.body;
    while (job.status !== 'succeeded' && job.status !== 'failed') {
      if (Date.now() - started > JOB_LIMIT_MS) throw new Error('the import did not end within ten minutes');
      during.push(await read());
      job = (await service.http().get(location).set('Authorization', coordinator)).body;
    }
    const seconds = (Date.now() - started) / 1000;
    if (job.status !== 'succeeded') throw new Error(`the import failed: ${JSON.stringify(job.problem)}`);
    const report = (await service.http().get(job.links.result).set('Authorization', coordinator)).body;

    const figures = {
      rows: ROWS,
      accepted: report.accepted,
      unchanged: report.unchanged,
      refused: report.refused,
      uploadAnsweredMs: answeredMs,
      importSeconds: Number(seconds.toFixed(1)),
      rowsPerSecond: Math.round(ROWS / seconds),
      aimSeconds: AIM_SECONDS,
      readIdleMs: { p50: percentile(idle, 50), p99: percentile(idle, 99) },
      readDuringImportMs: { p50: percentile(during, 50), p99: percentile(during, 99), reads: during.length },
    };
    console.log(`\nUpload of ${ROWS} rows answered 202 in ${answeredMs} ms.`);
    console.log(
      `Import: ${figures.importSeconds} s (${figures.rowsPerSecond} rows/s; aim under ${AIM_SECONDS} s: ` +
        `${seconds < AIM_SECONDS ? 'met' : 'NOT met'}); ${report.accepted} accepted, ${report.unchanged} unchanged, ` +
        `${report.refused} refused.`,
    );
    const ratio = (a: number, b: number) => (a / b).toFixed(1);
    console.log(
      `Read of the consortium, idle (baseline): p50 ${figures.readIdleMs.p50.toFixed(1)} ms, p99 ` +
        `${figures.readIdleMs.p99.toFixed(1)} ms; during the import (${during.length} reads): p50 ` +
        `${figures.readDuringImportMs.p50.toFixed(1)} ms (×${ratio(figures.readDuringImportMs.p50, figures.readIdleMs.p50)}), ` +
        `p99 ${figures.readDuringImportMs.p99.toFixed(1)} ms (×${ratio(figures.readDuringImportMs.p99, figures.readIdleMs.p99)}).`,
    );
    mkdirSync(`${workspaceRoot()}/dist/bench`, { recursive: true });
    writeFileSync(`${workspaceRoot()}/dist/bench/onboarding.json`, JSON.stringify(figures, null, 2));
  } finally {
    await service.close().catch(() => undefined);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
