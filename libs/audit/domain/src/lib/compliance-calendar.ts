import { addDays, addMonths, parisDate } from '@mutualis/procurement-rules';
import {
  AmendmentSigned,
  AwardNoticePublished,
  ContractNotified,
  ContractOpened,
  ContractSigned,
  DocumentFiled,
  EventEnvelope,
  ModificationNoticePublished,
  TenderCreated,
} from '@mutualis/shared/contracts';
import { DecpPending, DecpPublication } from './decp-publication';

/** The deadlines the law sets that the calendar watches. */
export const COMPLIANCE_KINDS = [
  'award-notice',
  'modification-notice',
  'decp-record',
  'decp-modification',
  'vigilance-attestation',
] as const;
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

/** To do (the deadline not passed), done (on `doneOn`, perhaps late), overdue (not done and the deadline passed). */
export const COMPLIANCE_STATUSES = ['overdue', 'due', 'done'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** What an obligation is about: a consultation's lot, a contract, one of its avenants. */
export interface ComplianceSubject {
  tenderId: string | null;
  lot: number | null;
  contractId: string | null;
  amendmentId: string | null;
  /** The DECP modification's number (its `id` in the record), for a modification's publication. */
  modificationId: number | null;
  /** The object of the consultation or the contract. */
  object: string;
}

export interface ComplianceEntry {
  /** Stable across readings: the kind and the subject. */
  key: string;
  kind: ComplianceKind;
  subject: ComplianceSubject;
  /** The article that sets the deadline. */
  legalBasis: string;
  dueOn: string;
  status: ComplianceStatus;
  doneOn: string | null;
  /** The publication's reference when the act names one. */
  reference: string | null;
}

/** What the calendar is computed from: the groupement's ledger, the registry's, the DECP as published and pending. */
export interface ComplianceFacts {
  /** The groupement's events, in ledger order. */
  events: EventEnvelope[];
  /** The supplier registry's events (tenant `platform`): the holders' attestations. */
  registry: EventEnvelope[];
  decpPublished: DecpPublication[];
  decpPending: DecpPending[];
  today: string;
}

/** C10: a contract of 5 000 € HT or more calls for an attestation de vigilance every six months (D8222-5). */
export const VIGILANCE_MINIMUM_CENTS = 500_000;
const VIGILANCE_MONTHS = 6;
/** R2194-10 sets no délai: the suite watches the avis de modification like the avis d'attribution, 30 days. */
export const MODIFICATION_NOTICE_DAYS = 30;

type Pending = Omit<ComplianceEntry, 'status'>;

/**
 * The compliance calendar of a groupement (issue 20 item 15): each deadline the law sets on its consultations and
 * contracts, with whether it was met, from the events against the day. Overdue entries first (the oldest deadline
 * first), then those to do, then those done.
 */
export function complianceCalendar(facts: ComplianceFacts): ComplianceEntry[] {
  const tenders = tenderObjects(facts.events);
  const contracts = contractsOf(facts.events, tenders);
  const entries: Pending[] = [
    ...awardNotices(facts.events, tenders),
    ...modificationNotices(contracts),
    ...decpEntries(facts.decpPublished, facts.decpPending, contracts),
    ...vigilanceAttestations(contracts, facts.registry),
  ];
  return entries
    .map((entry) => ({ ...entry, status: statusOf(entry, facts.today) }))
    .sort(
      (a, b) =>
        COMPLIANCE_STATUSES.indexOf(a.status) - COMPLIANCE_STATUSES.indexOf(b.status) ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.key.localeCompare(b.key),
    );
}

function statusOf(entry: Pending, today: string): ComplianceStatus {
  if (entry.doneOn !== null) return 'done';
  return today > entry.dueOn ? 'overdue' : 'due';
}

const streamIdOf = (prefix: string, event: EventEnvelope) => event.streamId.slice(prefix.length);

function tenderObjects(events: EventEnvelope[]): Map<string, string> {
  const objects = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'tender.TenderCreated') {
      objects.set(streamIdOf('tender-', event), (event.data as TenderCreated).object);
    }
  }
  return objects;
}

/** T15 (R2183-1): the avis d'attribution of each lot signed at or above the EU threshold, 30 days after signature. */
function awardNotices(events: EventEnvelope[], tenders: Map<string, string>): Pending[] {
  const published = new Map<string, AwardNoticePublished>();
  for (const event of events) {
    if (event.type !== 'tender.AwardNoticePublished') continue;
    const notice = event.data as AwardNoticePublished;
    published.set(`${event.streamId}:${notice.lot}`, notice);
  }
  return events.flatMap((event) => {
    if (event.type !== 'tender.ContractSigned') return [];
    const signed = event.data as ContractSigned;
    if (signed.awardNoticeDueBy === null) return [];
    const tenderId = streamIdOf('tender-', event);
    const notice = published.get(`${event.streamId}:${signed.lot}`);
    return [
      {
        key: `award-notice:${tenderId}:${signed.lot}`,
        kind: 'award-notice' as const,
        subject: {
          tenderId,
          lot: signed.lot,
          contractId: null,
          amendmentId: null,
          modificationId: null,
          object: tenders.get(tenderId) ?? '',
        },
        legalBasis: 'R2183-1',
        dueOn: signed.awardNoticeDueBy,
        doneOn: notice?.publishedOn ?? null,
        reference: notice?.reference ?? null,
      },
    ];
  });
}

/** What the calendar needs of a contract: its opening, term, avenants and notices, and how its execution ended. */
interface ContractFacts {
  opened: ContractOpened;
  /** The object of the consultation the contract comes from, when the ledger holds its creation. */
  tenderObject: string | null;
  notified: ContractNotified | null;
  endsOn: string | null;
  stoppedOn: string | null;
  holderSiret: string;
  amountCents: number;
  amendments: AmendmentSigned[];
  notices: Map<string, ModificationNoticePublished>;
}

function contractsOf(events: EventEnvelope[], tenders: Map<string, string>): Map<string, ContractFacts> {
  const contracts = new Map<string, ContractFacts>();
  for (const event of events) {
    if (!event.streamId.startsWith('contract-')) continue;
    const id = streamIdOf('contract-', event);
    if (event.type === 'contract.ContractOpened') {
      const opened = event.data as ContractOpened;
      contracts.set(id, {
        opened,
        tenderObject: tenders.get(opened.tenderId) ?? null,
        notified: null,
        endsOn: null,
        stoppedOn: null,
        holderSiret: opened.holderSiret,
        amountCents: opened.amountCents,
        amendments: [],
        notices: new Map(),
      });
      continue;
    }
    const contract = contracts.get(id);
    if (!contract) continue;
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'contract.ContractNotified':
        contract.notified = event.data as ContractNotified;
        contract.endsOn = contract.notified.endsOn;
        break;
      case 'contract.AmendmentSigned': {
        const amendment = event.data as AmendmentSigned;
        contract.amendments.push(amendment);
        contract.endsOn = amendment.endsOn;
        contract.amountCents = amendment.amountAfterCents;
        contract.holderSiret = amendment.newHolderSiret ?? contract.holderSiret;
        break;
      }
      case 'contract.ContractRenewed':
        contract.endsOn = data['endsOn'] as string;
        break;
      case 'contract.ContractTerminated':
        contract.stoppedOn = data['terminatedOn'] as string;
        break;
      case 'contract.ContractEnded':
        contract.stoppedOn = data['endedOn'] as string;
        break;
      case 'contract.ModificationNoticePublished': {
        const notice = event.data as ModificationNoticePublished;
        contract.notices.set(notice.amendmentId, notice);
        break;
      }
    }
  }
  return contracts;
}

/** A contract's subject: named by its consultation's object (the lot said apart), else by its own. */
const contractSubject = (contract: ContractFacts): ComplianceSubject => ({
  tenderId: contract.opened.tenderId,
  lot: contract.opened.lot,
  contractId: contract.opened.contractId,
  amendmentId: null,
  modificationId: null,
  object: contract.tenderObject ?? contract.opened.object,
});

/** R2194-10: the avis de modification in the JOUE of each avenant flagged for it. */
function modificationNotices(contracts: Map<string, ContractFacts>): Pending[] {
  return [...contracts.values()].flatMap((contract) =>
    contract.amendments
      .filter((amendment) => amendment.joueNoticeRequired)
      .map((amendment) => {
        const notice = contract.notices.get(amendment.amendmentId);
        return {
          key: `modification-notice:${contract.opened.contractId}:${amendment.amendmentId}`,
          kind: 'modification-notice' as const,
          subject: { ...contractSubject(contract), amendmentId: amendment.amendmentId },
          legalBasis: 'R2194-10',
          dueOn: addDays(amendment.signedOn, MODIFICATION_NOTICE_DAYS),
          doneOn: notice?.publishedOn ?? null,
          reference: notice?.reference ?? null,
        };
      }),
  );
}

/** D1: each contract's DECP record, and each of its modifications, published within two months of notification. */
function decpEntries(
  published: DecpPublication[],
  pending: DecpPending[],
  contracts: Map<string, ContractFacts>,
): Pending[] {
  const subject = (contractId: string, modificationId: number | null): ComplianceSubject => {
    const contract = contracts.get(contractId);
    return {
      ...(contract
        ? contractSubject(contract)
        : { tenderId: null, lot: null, contractId, amendmentId: null, object: '' }),
      modificationId,
    };
  };
  const entry = (
    contractId: string,
    modificationId: number | null,
    notifiedOn: string,
    doneOn: string | null,
  ): Pending => ({
    key:
      modificationId === null
        ? `decp-record:${contractId}`
        : `decp-modification:${contractId}:${modificationId}`,
    kind: modificationId === null ? 'decp-record' : 'decp-modification',
    subject: subject(contractId, modificationId),
    legalBasis: 'R2196-1, arrêté du 22 décembre 2022',
    dueOn: addMonths(notifiedOn, 2),
    doneOn,
    reference: null,
  });
  return [
    ...published.flatMap(({ contractId, record, modifications }) => [
      entry(
        contractId,
        null,
        record['dateNotification'] as string,
        record['datePublicationDonnees'] as string,
      ),
      ...modifications.map(({ modification }) =>
        entry(
          contractId,
          modification['id'] as number,
          modification['dateNotificationModification'] as string,
          modification['datePublicationDonneesModification'] as string,
        ),
      ),
    ]),
    ...pending.map((one) => entry(one.contractId, one.modificationId, one.notifiedOn, null)),
  ];
}

/**
 * C10 (D8222-5, L8222-1): during execution of a contract of 5 000 € HT or more, every six months from its signature
 * until its term, the holder hands in a new attestation de vigilance — one issued since the previous checkpoint,
 * filed in the registry. Done on the day it was filed.
 */
function vigilanceAttestations(contracts: Map<string, ContractFacts>, registry: EventEnvelope[]): Pending[] {
  const attestations = (siret: string) =>
    registry
      .filter(
        (event) =>
          event.streamId === `supplier-${siret}` &&
          event.type === 'supplier.DocumentFiled' &&
          (event.data as DocumentFiled).kind === 'urssaf-vigilance',
      )
      .map((event) => ({ ...(event.data as DocumentFiled), filedOn: parisDate(event.occurredAt) }));
  return [...contracts.values()].flatMap((contract) => {
    const end = contract.stoppedOn ?? contract.endsOn;
    if (!contract.notified || end === null || contract.amountCents < VIGILANCE_MINIMUM_CENTS) return [];
    const filed = attestations(contract.holderSiret);
    const entries: Pending[] = [];
    for (let k = 1; ; k++) {
      const dueOn = addMonths(contract.opened.signedOn, VIGILANCE_MONTHS * k);
      if (dueOn > end) break;
      const since = addMonths(contract.opened.signedOn, VIGILANCE_MONTHS * (k - 1));
      const handedIn = filed
        .filter((one) => one.issuedOn > since)
        .sort((a, b) => a.filedOn.localeCompare(b.filedOn))[0];
      entries.push({
        key: `vigilance-attestation:${contract.opened.contractId}:${k}`,
        kind: 'vigilance-attestation',
        subject: contractSubject(contract),
        legalBasis: 'L8222-1, D8222-5',
        dueOn,
        doneOn: handedIn ? handedIn.filedOn : null,
        reference: null,
      });
    }
    return entries;
  });
}
