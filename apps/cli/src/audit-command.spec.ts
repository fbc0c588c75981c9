import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeBundle } from '@mutualis/audit/domain';
import { contentHash, EventEnvelope } from '@mutualis/shared/contracts';
import { runCli } from './cli';
import { CliIo } from './cli-io';

const CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000000a';

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const output = { out: '', err: '' };
  const io: CliIo = { env, out: (text) => (output.out += text), err: (text) => (output.err += text) };
  const status = await runCli(args, io);
  return { status, ...output };
}

/** Three events of one stream, hashed and chained as an event store writes them. */
function events(): EventEnvelope[] {
  const chain: EventEnvelope[] = [];
  for (let version = 1; version <= 3; version++) {
    const event: EventEnvelope = {
      id: `0190c6a4-7c1e-7000-8000-00000000010${version}`,
      type: 'contract.OrderPlaced',
      schemaVersion: 1,
      streamId: 'contract-1',
      streamVersion: version,
      globalPosition: version,
      transactionId: version,
      consortiumId: CONSORTIUM,
      occurredAt: '2026-09-01T09:00:00.000Z',
      recordedAt: '2026-09-01T09:00:00.100Z',
      actor: { userId: 'buyer', role: 'member-buyer' },
      correlationId: `order-${version}`,
      causationId: null,
      data: { amountCents: 100_000 * version },
      contentHash: '',
      prevHash: chain.at(-1)?.contentHash ?? null,
    };
    chain.push({ ...event, contentHash: contentHash(event) });
  }
  return chain;
}

describe('mutualis audit', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mutualis-audit-'));
    file = join(dir, 'bundle.json');
    const entries = events().map((event, i) => ({ position: i + 1, event }));
    const bundle = makeBundle({
      consortiumId: CONSORTIUM,
      entries,
      sealEvents: [],
      exportedAt: '2026-09-02T00:00:00Z',
    });
    await writeFile(file, JSON.stringify(bundle));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('verifies a bundle offline: intact, exit status 0', async () => {
    const { status, out } = await run(['audit', 'verify', '--bundle', file]);
    expect(status).toBe(0);
    expect(out).toMatch(/^intact: 3 event\(s\) in 1 stream\(s\), 0 seal\(s\)/);
  });

  it('names a payload changed in the bundle, exit status 1', async () => {
    const bundle = JSON.parse(await readFile(file, 'utf8'));
    bundle.entries[1].event.data.amountCents = 1;
    await writeFile(file, JSON.stringify(bundle));
    const { status, out } = await run(['audit', 'verify', '--bundle', file, '--json']);
    expect(status).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      manifestMatches: false,
      firstBreak: { kind: 'chain', break: { reason: 'content-hash', streamVersion: 2 } },
    });
  });

  it('asks for the database or a bundle', async () => {
    const { status, err } = await run(['audit', 'verify', '--consortium', CONSORTIUM]);
    expect(status).toBe(2);
    expect(err).toContain('DATABASE_URL is not set');
  });
});
