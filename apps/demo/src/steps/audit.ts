import { decpProblems, ocdsRecordPackageProblems } from '@mutualis/audit/domain';
import { actors } from '../actors';
import { Demo } from '../demo';
import { followJob, JobAnswer } from '../follow-job';
import { Execution } from './contract';
import { Groupement } from './onboarding';
import { DecidedTender } from './award';

interface LedgerEntry {
  position: number;
  event: { id: string; type: string; streamId: string; recordedAt: string; data: Record<string, unknown> };
}

interface RebuiltTender {
  version: number;
  state: { opened: unknown; awards: Record<string, unknown>; signed: Record<string, unknown> };
}

/** What the audit found: the replay at the opening, the seal and its verification, both exports valid. */
export interface AuditOutcome {
  ledgerEvents: number;
  openingPosition: number;
  replayAtOpening: { version: number; awardedLots: number; signedLots: number };
  seal: { sequence: number; eventCount: number; merkleRoot: string };
  verified: boolean;
  decpRecords: number;
  decpProblems: string[];
  ocdsReleases: number;
  ocdsProblems: string[];
}

/**
 * The compliance officer's view, months later: the tender rebuilt as it stood at the opening, a seal over the
 * consortium's ledger and its verification, the DECP published and the OCDS record package, both checked here
 * against the official schemas.
 */
export async function audit(
  demo: Demo,
  groupement: Groupement,
  tender: DecidedTender,
  execution: Execution,
): Promise<AuditOutcome> {
  const { api } = demo;
  const { consortiumId } = groupement;
  const auditor = actors.auditor(consortiumId);
  const base = `/consortia/${consortiumId}`;
  demo.chapter('6. Audit: time travel, seal and verification, DECP and OCDS');
  await demo.moveTo('audit');

  const entries = await demo.eventually('the audit ledger receives the late payment', async () => {
    const all = await ledger(demo, consortiumId);
    const paid = all.some(
      (entry) =>
        entry.event.type === 'contract.InvoicePaid' &&
        entry.event.data['invoiceId'] === execution.latePayment.invoiceId,
    );
    return paid ? all : undefined;
  });
  demo.say(
    `The audit ledger holds ${entries.length} events of the groupement, received from the four services as they published them.`,
  );

  const stream = `tender-${tender.tenderId}`;
  const opening = entries.find(
    (entry) => entry.event.streamId === stream && entry.event.type === 'tender.BidsOpened',
  )!;
  const byPosition = await api.get<RebuiltTender>(
    'audit',
    `${base}/aggregates/${stream}?position=${opening.position}`,
    auditor,
  );
  // asOf compares with the instant each event was recorded: the database's real time, not the scenario's clock.
  const byInstant = await api.get<RebuiltTender>(
    'audit',
    `${base}/aggregates/${stream}?asOf=${encodeURIComponent(opening.event.recordedAt)}`,
    auditor,
  );
  const now = await api.get<RebuiltTender>('audit', `${base}/aggregates/${stream}`, auditor);
  const sameState = JSON.stringify(byPosition.state) === JSON.stringify(byInstant.state);
  demo.say(
    `Tender replayed as of its opening (ledger position ${opening.position}, recorded ${opening.event.recordedAt}): ` +
      `version ${byPosition.version}, ${Object.keys(byPosition.state.awards).length} lots awarded, ` +
      `${Object.keys(byPosition.state.signed).length} signed; the same by instant: ${sameState ? 'yes' : 'NO'}.`,
  );
  demo.say(
    `Today the same tender is at version ${now.version}, ${Object.keys(now.state.signed).length} lots signed.`,
  );

  const { seal } = await api.post<{ seal: { seal: AuditOutcome['seal'] } }>(
    'audit',
    `${base}/seals`,
    {},
    actors.coordinator(consortiumId),
  );
  demo.say(
    `Seal n° ${seal.seal.sequence} over ${seal.seal.eventCount} events, Merkle root ${seal.seal.merkleRoot}.`,
  );
  // A verification reads the whole ledger: it runs in the background, followed at its address until it ends.
  const started = await api.post<JobAnswer>('audit', `${base}/verifications`, {}, auditor);
  const { job, result: verification } = await followJob<{
    ok: boolean;
    eventsChecked: number;
    sealsChecked: number;
  }>(api, 'audit', started, auditor);
  demo.say(
    `Verification (a background job, ${job.progress.done} ledger entries read): ` +
      `${verification.ok ? 'every hash, chain and seal matches' : 'MISMATCH'} ` +
      `(${verification.eventsChecked} events, ${verification.sealsChecked} seals).`,
  );

  const decp = await api.post<{
    marches: { marche: { id: string; montant: number; modifications?: unknown[] }[] };
  }>('audit', `${base}/decp/publications`, {}, actors.coordinator(consortiumId));
  const decpIssues = decpProblems(decp);
  for (const marche of decp.marches.marche) {
    demo.say(
      `DECP ${marche.id}: montant ${marche.montant} €, ${marche.modifications?.length ?? 0} modification(s).`,
    );
  }
  demo.say(
    `DECP published (${decp.marches.marche.length} marchés): ${describe(decpIssues, 'schema 2.0.3')}.`,
  );

  const ocds = await api.get<{ records: { ocid: string; releases: { tag: string[] }[] }[] }>(
    'audit',
    `${base}/ocds/${tender.tenderId}`,
    auditor,
  );
  const ocdsIssues = ocdsRecordPackageProblems(ocds);
  const [record] = ocds.records;
  const tags = [...new Set(record?.releases.flatMap((release) => release.tag) ?? [])];
  demo.say(
    `OCDS record ${record?.ocid}: ${record?.releases.length} releases (${tags.join(', ')}): ${describe(ocdsIssues, 'OCDS 1.1.5')}.`,
  );

  return {
    ledgerEvents: entries.length,
    openingPosition: opening.position,
    replayAtOpening: {
      version: byPosition.version,
      awardedLots: Object.keys(byPosition.state.awards).length,
      signedLots: Object.keys(byPosition.state.signed).length,
    },
    seal: seal.seal,
    verified: verification.ok,
    decpRecords: decp.marches.marche.length,
    decpProblems: decpIssues,
    ocdsReleases: record?.releases.length ?? 0,
    ocdsProblems: ocdsIssues,
  };
}

/** Every entry of the consortium's ledger, page by page. */
async function ledger(demo: Demo, consortiumId: string): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  let after = 0;
  for (;;) {
    const page = await demo.api.get<{ entries: LedgerEntry[]; next: number | null }>(
      'audit',
      `/consortia/${consortiumId}/ledger?after=${after}&limit=5000`,
      actors.auditor(consortiumId),
    );
    entries.push(...page.entries);
    if (page.next === null) return entries;
    after = page.next;
  }
}

function describe(problems: string[], schema: string): string {
  return problems.length === 0
    ? `valid against ${schema}`
    : `${problems.length} problems: ${problems.slice(0, 3).join('; ')}`;
}
