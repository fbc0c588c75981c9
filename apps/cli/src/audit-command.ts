import { readFile, writeFile } from 'node:fs/promises';
import { Pool } from 'pg';
import {
  AuditBundle,
  BundleVerification,
  LedgerEntry,
  makeBundle,
  verifyBundle,
} from '@mutualis/audit/domain';
import { EventEnvelope, sealStream } from '@mutualis/shared/contracts';
import { PostgresEventStore } from '@mutualis/shared/event-store';
import { CliIo, parseCliOptions, required, UsageError } from './cli-io';

export const AUDIT_USAGE = `Usage: mutualis audit export --consortium <uuid> --out <file>
       mutualis audit verify --consortium <uuid> [--public-key <file>] [--json]
       mutualis audit verify --bundle <file> [--public-key <file>] [--json]

"export" writes a consortium's audit bundle: the events its audit ledger received, the record of its seals and a
manifest. "verify" recomputes every event hash, stream chain, seal and signature, from the audit service's
database or from a bundle alone, and names the first thing that does not match. Exit status 1 when it finds one.

  --consortium  the consortium's id
  --out         where to write the bundle (JSON)
  --bundle      a bundle written by "export": verified offline
  --public-key  the seals' Ed25519 public key (PEM): signatures are checked when given
  --json        print the report as JSON

Environment: DATABASE_URL (the audit service's database), unless --bundle is given.`;

/** Exit status of a verification that found the record altered. */
export const ALTERED = 1;

/** `mutualis audit export|verify`: a consortium's audit record taken out, and checked with nothing but itself. */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'export' && action !== 'verify') throw new UsageError('say "export" or "verify"');
  const { values } = parseCliOptions(rest, OPTIONS);
  if (action === 'export') {
    const bundle = await readBundle(io, required(values.consortium, '--consortium'));
    const out = required(values.out, '--out');
    await writeFile(out, `${JSON.stringify(bundle)}\n`);
    io.out(
      `${bundle.manifest.eventCount} event(s) and ${bundle.manifest.sealCount} seal(s) written to ${out}\n`,
    );
    return 0;
  }
  const bundle = values.bundle
    ? (JSON.parse(await readFile(values.bundle, 'utf8')) as AuditBundle)
    : await readBundle(io, required(values.consortium, '--consortium'));
  const publicKey = values['public-key'] ? await readFile(values['public-key'], 'utf8') : undefined;
  let report: BundleVerification;
  try {
    report = verifyBundle(bundle, publicKey);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report, publicKey !== undefined));
  return report.ok ? 0 : ALTERED;
}

/** A consortium's record as the audit service's database holds it. */
async function readBundle(io: CliIo, consortiumId: string): Promise<AuditBundle> {
  const databaseUrl = io.env['DATABASE_URL'];
  if (!databaseUrl) throw new UsageError('DATABASE_URL is not set (or give --bundle)');
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const store = await PostgresEventStore.open({ connectionString: databaseUrl, schema: 'audit' });
  try {
    const { rows } = await pool.query<{ position: string; envelope: EventEnvelope }>(
      'SELECT position, envelope FROM audit.ledger WHERE consortium_id = $1 ORDER BY position',
      [consortiumId],
    );
    const entries: LedgerEntry[] = rows.map((row) => ({
      position: Number(row.position),
      event: row.envelope,
    }));
    const sealEvents = await store.readStream(sealStream(consortiumId), { upcast: false });
    return makeBundle({ consortiumId, entries, sealEvents, exportedAt: new Date().toISOString() });
  } finally {
    await store.close();
    await pool.end();
  }
}

function describe(report: BundleVerification, signatures: boolean): string {
  const checked =
    `${report.eventsChecked} event(s) in ${report.streamsChecked} stream(s), ${report.sealsChecked} seal(s)` +
    (signatures ? ' with their signatures' : ' (signatures not checked: no --public-key)');
  if (report.ok) return `intact: ${checked}\n`;
  const found = [
    report.firstBreak ? `first mismatch: ${JSON.stringify(report.firstBreak)}` : null,
    report.sealRecordBreak ? `seal record broken: ${JSON.stringify(report.sealRecordBreak)}` : null,
    report.manifestMatches
      ? null
      : 'the manifest does not match the bundle (events or seals added or removed)',
  ].filter((line) => line !== null);
  return `ALTERED: ${found.join('\n')}\nchecked ${checked}\n`;
}

const OPTIONS = {
  consortium: { type: 'string' },
  out: { type: 'string' },
  bundle: { type: 'string' },
  'public-key': { type: 'string' },
  json: { type: 'boolean' },
} as const;
