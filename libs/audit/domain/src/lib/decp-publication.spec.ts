import { decpPending, publish, publishedRecord } from './decp-publication';

const modification = (id: number, montant: number) => ({
  modification: {
    id,
    montant,
    dateNotificationModification: '2026-10-01',
    datePublicationDonneesModification: 'x',
  },
});

describe('DECP publications (D1: initial fields never rewritten, modifications appended)', () => {
  it('dates the record at its first publication, then only appends new modifications, each dated when published', () => {
    const first = publish(
      'c1',
      null,
      { id: 'A', montant: 250_000, datePublicationDonnees: 'x' },
      '2026-07-05',
    );
    expect(publishedRecord(first)).toEqual({
      id: 'A',
      montant: 250_000,
      datePublicationDonnees: '2026-07-05',
    });

    const changed = {
      id: 'A',
      montant: 999,
      datePublicationDonnees: 'x',
      modifications: [modification(1, 300_000)],
    };
    const second = publish('c1', first, changed, '2026-10-05');
    expect(publishedRecord(second)).toEqual({
      id: 'A',
      montant: 250_000,
      datePublicationDonnees: '2026-07-05',
      modifications: [
        {
          modification: {
            ...modification(1, 300_000).modification,
            datePublicationDonneesModification: '2026-10-05',
          },
        },
      ],
    });

    const third = publish(
      'c1',
      second,
      { ...changed, modifications: [modification(1, 1), modification(2, 320_000)] },
      '2026-12-01',
    );
    expect(
      (publishedRecord(third)['modifications'] as unknown[]).map(
        (m) => (m as { modification: object }).modification,
      ),
    ).toEqual([
      expect.objectContaining({ id: 1, montant: 300_000, datePublicationDonneesModification: '2026-10-05' }),
      expect.objectContaining({ id: 2, montant: 320_000, datePublicationDonneesModification: '2026-12-01' }),
    ]);
  });
});

describe('DECP deadlines (D1: published at most two months after the notification)', () => {
  const record = (modifications: ReturnType<typeof modification>[] = []) => ({
    id: 'A',
    dateNotification: '2026-07-01',
    ...(modifications.length > 0 ? { modifications } : {}),
  });

  it('keeps a notified record pending until it is published, due two months after its notification', () => {
    const current = [{ contractId: 'c1', record: record() }];
    expect(decpPending(current, new Map(), '2026-09-01')).toEqual([
      {
        contractId: 'c1',
        item: 'record',
        modificationId: null,
        notifiedOn: '2026-07-01',
        dueBy: '2026-09-01',
        overdue: false,
      },
    ]);
    expect(decpPending(current, new Map(), '2026-09-02')[0]?.overdue).toBe(true);
  });

  it('after the record, keeps pending each modification not yet published, due from its own notification', () => {
    const published = publish('c1', null, record(), '2026-07-05');
    const current = [{ contractId: 'c1', record: record([modification(1, 300_000)]) }];
    expect(decpPending(current, new Map([['c1', published]]), '2026-12-01')).toEqual([
      {
        contractId: 'c1',
        item: 'modification',
        modificationId: 1,
        notifiedOn: '2026-10-01',
        dueBy: '2026-12-01',
        overdue: false,
      },
    ]);
    const republished = publish('c1', published, current[0]!.record, '2026-12-01');
    expect(decpPending(current, new Map([['c1', republished]]), '2026-12-02')).toEqual([]);
  });
});
