import { EventEnvelope } from '@mutualis/shared/contracts';
import { CONTRACT_SAMPLES } from '../testing/act-samples/contract-samples';
import { TENDER_SAMPLES } from '../testing/act-samples/tender-samples';
import { CONSORTIUM } from '../testing/ledger-fixtures';
import { ComplianceEntry, ComplianceFacts, complianceCalendar } from './compliance-calendar';
import { DecpPublication } from './decp-publication';

const TENDER = '0192f0a0-0000-7000-8000-0000000000d1';
const CONTRACT = '0192f0a0-0000-7000-8000-0000000000d2';
const AMENDMENT = '0192f0a0-0000-7000-8000-0000000000d3';
const HOLDER = '73282932000074';

let position = 0;
const envelope = (
  streamId: string,
  type: string,
  data: unknown,
  occurredOn = '2026-06-01',
): EventEnvelope => {
  position += 1;
  return {
    id: `e-${position}`,
    type,
    schemaVersion: 1,
    streamId,
    streamVersion: position,
    globalPosition: position,
    transactionId: position,
    consortiumId: CONSORTIUM,
    occurredAt: `${occurredOn}T09:00:00.000Z`,
    recordedAt: `${occurredOn}T09:00:00.000Z`,
    actor: { userId: 'u-1', role: 'coordinator' },
    correlationId: `c-${position}`,
    causationId: null,
    data,
    contentHash: '',
    prevHash: null,
  };
};
const onTender = (type: keyof typeof TENDER_SAMPLES, data: object = {}) =>
  envelope(`tender-${TENDER}`, type, { ...TENDER_SAMPLES[type], ...data });
const onContract = (type: keyof typeof CONTRACT_SAMPLES, data: object = {}) =>
  envelope(`contract-${CONTRACT}`, type, { ...CONTRACT_SAMPLES[type], ...data });

/** A lot signed on 15 June 2026 at or above the EU threshold: its avis d'attribution due by 15 July (R2183-1). */
const signed = [
  onTender('tender.TenderCreated', { object: 'Cybersécurité des communes' }),
  onTender('tender.ContractSigned', { lot: 1, signedOn: '2026-06-15', awardNoticeDueBy: '2026-07-15' }),
];
/** Its contract, notified on 1 July 2026 for 24 months, of 300 000 € HT, held by HOLDER. */
const contract = [
  onContract('contract.ContractOpened', {
    contractId: CONTRACT,
    tenderId: TENDER,
    lot: 1,
    object: 'Cybersécurité des communes — lot 1 : Audit',
    holderSiret: HOLDER,
    amountCents: 30_000_000,
    signedOn: '2026-06-15',
  }),
  onContract('contract.ContractNotified', {
    notifiedOn: '2026-07-01',
    durationMonths: 24,
    endsOn: '2028-06-30',
  }),
];

const facts = (
  events: EventEnvelope[],
  today: string,
  more: Partial<ComplianceFacts> = {},
): ComplianceFacts => ({
  events,
  registry: [],
  decpPublished: [],
  decpPending: [],
  today,
  ...more,
});
const ofKind = (entries: ComplianceEntry[], kind: ComplianceEntry['kind']) =>
  entries.filter((entry) => entry.kind === kind);

describe('the compliance calendar of a groupement (issue 20 item 15)', () => {
  describe('T15 (R2183-1): the avis d’attribution within 30 days after the signature', () => {
    it('is to do on its last day (15 July), overdue the day after (16 July)', () => {
      expect(ofKind(complianceCalendar(facts(signed, '2026-07-15')), 'award-notice')).toEqual([
        expect.objectContaining({
          key: `award-notice:${TENDER}:1`,
          legalBasis: 'R2183-1',
          dueOn: '2026-07-15',
          status: 'due',
          doneOn: null,
          subject: expect.objectContaining({
            tenderId: TENDER,
            lot: 1,
            object: 'Cybersécurité des communes',
          }),
        }),
      ]);
      expect(ofKind(complianceCalendar(facts(signed, '2026-07-16')), 'award-notice')[0]?.status).toBe(
        'overdue',
      );
    });

    it('is done on the day the published notice says, with its reference, late or not', () => {
      const published = onTender('tender.AwardNoticePublished', { lot: 1, publishedOn: '2026-07-20' });
      expect(
        ofKind(complianceCalendar(facts([...signed, published], '2026-08-01')), 'award-notice')[0],
      ).toMatchObject({
        status: 'done',
        doneOn: '2026-07-20',
        reference: 'BOAMP 26-123456',
      });
    });

    it('is not asked of a lot signed below the EU threshold (no due date)', () => {
      const below = [signed[0]!, onTender('tender.ContractSigned', { lot: 1, awardNoticeDueBy: null })];
      expect(ofKind(complianceCalendar(facts(below, '2026-12-01')), 'award-notice')).toEqual([]);
    });
  });

  describe('R2194-10: the avis de modification at the JOUE of a flagged avenant', () => {
    const amended = (joueNoticeRequired: boolean) =>
      onContract('contract.AmendmentSigned', {
        amendmentId: AMENDMENT,
        signedOn: '2026-10-01',
        joueNoticeRequired,
        endsOn: '2028-06-30',
        amountAfterCents: 35_000_000,
      });

    it('is watched 30 days: to do on 31 October, overdue on 1 November; done when recorded', () => {
      const events = [...contract, amended(true)];
      const notice = (today: string, more: EventEnvelope[] = []) =>
        ofKind(complianceCalendar(facts([...events, ...more], today)), 'modification-notice');
      expect(notice('2026-10-31')).toEqual([
        expect.objectContaining({
          dueOn: '2026-10-31',
          status: 'due',
          legalBasis: 'R2194-10',
          subject: expect.objectContaining({ contractId: CONTRACT, amendmentId: AMENDMENT }),
        }),
      ]);
      expect(notice('2026-11-01')[0]?.status).toBe('overdue');
      const published = onContract('contract.ModificationNoticePublished', { amendmentId: AMENDMENT });
      expect(notice('2026-11-01', [published])[0]).toMatchObject({ status: 'done', doneOn: '2026-10-20' });
    });

    it('is not asked of an avenant that calls for none', () => {
      expect(
        ofKind(complianceCalendar(facts([...contract, amended(false)], '2027-01-01')), 'modification-notice'),
      ).toEqual([]);
    });
  });

  describe('D1: the DECP published within two months of the notification', () => {
    const pending = (overdue: boolean) => ({
      contractId: CONTRACT,
      item: 'record' as const,
      modificationId: null,
      notifiedOn: '2026-07-01',
      dueBy: '2026-09-01',
      overdue,
    });

    it('a record not yet published is to do until 1 September, overdue from 2 September', () => {
      const record = (today: string, overdue: boolean) =>
        ofKind(
          complianceCalendar(facts(contract, today, { decpPending: [pending(overdue)] })),
          'decp-record',
        );
      expect(record('2026-09-01', false)).toEqual([
        expect.objectContaining({
          dueOn: '2026-09-01',
          status: 'due',
          subject: expect.objectContaining({ lot: 1 }),
        }),
      ]);
      expect(record('2026-09-02', true)[0]?.status).toBe('overdue');
    });

    it('a published record and its modifications are done on the dates they were published', () => {
      const publication: DecpPublication = {
        contractId: CONTRACT,
        record: { dateNotification: '2026-07-01', datePublicationDonnees: '2026-08-10' },
        modifications: [
          {
            modification: {
              id: 1,
              dateNotificationModification: '2026-10-01',
              datePublicationDonneesModification: '2026-12-15',
            },
          },
        ],
      };
      const entries = complianceCalendar(facts(contract, '2027-01-01', { decpPublished: [publication] }));
      expect(ofKind(entries, 'decp-record')).toEqual([
        expect.objectContaining({ dueOn: '2026-09-01', status: 'done', doneOn: '2026-08-10' }),
      ]);
      expect(ofKind(entries, 'decp-modification')).toEqual([
        expect.objectContaining({
          key: `decp-modification:${CONTRACT}:1`,
          dueOn: '2026-12-01',
          status: 'done',
          doneOn: '2026-12-15',
          subject: expect.objectContaining({ modificationId: 1 }),
        }),
      ]);
    });
  });

  describe('C10 (D8222-5): the attestation de vigilance every six months during execution', () => {
    const attestation = (issuedOn: string, filedOn: string, siret = HOLDER) =>
      envelope(
        `supplier-${siret}`,
        'supplier.DocumentFiled',
        {
          documentId: `d-${issuedOn}`,
          kind: 'urssaf-vigilance',
          issuedOn,
          expiresOn: '2030-01-01',
          fileSha256: 'a'.repeat(64),
          fileName: 'a.pdf',
        },
        filedOn,
      );

    it('lists a checkpoint every six months from the signature up to the term (15 December 2026 … 15 June 2028)', () => {
      const entries = ofKind(complianceCalendar(facts(contract, '2026-12-15')), 'vigilance-attestation');
      expect(entries.map((entry) => entry.dueOn)).toEqual([
        '2026-12-15',
        '2027-06-15',
        '2027-12-15',
        '2028-06-15',
      ]);
      expect(entries[0]).toMatchObject({ status: 'due', legalBasis: 'L8222-1, D8222-5' });
      expect(
        ofKind(complianceCalendar(facts(contract, '2026-12-16')), 'vigilance-attestation')[0]?.status,
      ).toBe('overdue');
    });

    it('is done by an attestation issued since the previous checkpoint, on the day it was filed; an older one does not count', () => {
      const calendar = (registry: EventEnvelope[]) =>
        ofKind(complianceCalendar(facts(contract, '2027-01-10', { registry })), 'vigilance-attestation').find(
          (entry) => entry.dueOn === '2026-12-15',
        );
      expect(calendar([attestation('2026-06-15', '2026-06-15')])).toMatchObject({ status: 'overdue' });
      expect(calendar([attestation('2026-06-16', '2026-12-01')])).toMatchObject({
        status: 'done',
        doneOn: '2026-12-01',
      });
      // Another supplier's attestation is not the holder's.
      expect(calendar([attestation('2026-12-01', '2026-12-01', '44306184100047')])).toMatchObject({
        status: 'overdue',
      });
    });

    it('is not asked below 5 000 € HT (4 999,99 €), nor before the notification', () => {
      const small = [
        onContract('contract.ContractOpened', {
          contractId: CONTRACT,
          holderSiret: HOLDER,
          amountCents: 499_999,
          signedOn: '2026-06-15',
        }),
        contract[1]!,
      ];
      expect(ofKind(complianceCalendar(facts(small, '2027-01-10')), 'vigilance-attestation')).toEqual([]);
      const atThreshold = [
        { ...small[0]!, data: { ...(small[0]!.data as object), amountCents: 500_000 } },
        contract[1]!,
      ];
      expect(
        ofKind(complianceCalendar(facts(atThreshold, '2027-01-10')), 'vigilance-attestation'),
      ).toHaveLength(4);
      expect(
        ofKind(complianceCalendar(facts([contract[0]!], '2027-01-10')), 'vigilance-attestation'),
      ).toEqual([]);
    });

    it('names a contract by its consultation’s object, its lot apart; by its own object when the consultation is not in the ledger', () => {
      const named = (events: EventEnvelope[]) =>
        ofKind(complianceCalendar(facts(events, '2026-12-01')), 'vigilance-attestation')[0]?.subject;
      expect(named([...signed, ...contract])).toMatchObject({ object: 'Cybersécurité des communes', lot: 1 });
      expect(named(contract)).toMatchObject({ object: 'Cybersécurité des communes — lot 1 : Audit' });
    });

    it('stops at a termination', () => {
      const terminated = [
        ...contract,
        onContract('contract.ContractTerminated', { terminatedOn: '2027-07-01' }),
      ];
      const entries = ofKind(complianceCalendar(facts(terminated, '2027-01-10')), 'vigilance-attestation');
      expect(entries.map((entry) => entry.dueOn)).toEqual(['2026-12-15', '2027-06-15']);
    });
  });

  it('puts the overdue entries first, then those to do, then those done, each by due date', () => {
    const published = onTender('tender.AwardNoticePublished', { lot: 1, publishedOn: '2026-07-10' });
    const entries = complianceCalendar(facts([...signed, published, ...contract], '2027-01-10'));
    expect(entries.map((entry) => [entry.status, entry.dueOn])).toEqual([
      ['overdue', '2026-12-15'],
      ['due', '2027-06-15'],
      ['due', '2027-12-15'],
      ['due', '2028-06-15'],
      ['done', '2026-07-15'],
    ]);
  });
});
