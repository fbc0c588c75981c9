import { EVENT_SAMPLES, SAMPLE, sampleEvent } from '../../testing/act-samples';
import { ledgerNames } from './ledger-names';
import { readAct } from './read-act';

const event = (type: string, data: unknown = EVENT_SAMPLES[type]) => sampleEvent(type, data);
const created = event('tender.TenderCreated');
const registered = event('supplier.SupplierRegistered');
const submitted = event('tender.BidSubmitted');
const opened = event('tender.BidsOpened');
const HOLDER = `Armor Cyberdéfense SAS (${SAMPLE.holder})`;

describe('acts of a consultation', () => {
  it('keeps who bid secret until the bids are opened, as the consultation’s own history does', () => {
    const before = ledgerNames([created, registered, submitted]);
    expect(readAct(submitted, before)).toMatchObject({
      subject: { kind: 'bid', id: SAMPLE.bid, label: 'Offre sur le lot 1' },
      summary: 'Offre déposée sur le lot 1',
    });
    expect(JSON.stringify(readAct(event('tender.BidWithdrawn'), before))).not.toContain('Armor');

    const after = ledgerNames([created, registered, submitted, opened]);
    expect(readAct(submitted, after).subject.label).toBe('Offre de Armor Cyberdéfense SAS sur le lot 1');
    expect(readAct(event('tender.BidScored'), after).summary).toBe('Offre notée : 84,00 / 100');
  });

  it('names a lot by its title and its consultation’s object, the latest the notice gave', () => {
    const names = ledgerNames([created, event('tender.TenderPublished')]);
    expect(readAct(event('tender.CriteriaSet'), names).subject).toEqual({
      kind: 'lot',
      id: `${SAMPLE.tender}/lots/1`,
      label: 'Lot 1 : Audit de sécurité — Cybersécurité des communes : audit et supervision',
    });
    expect(readAct(event('tender.CriteriaSet'), ledgerNames([])).subject.label).toBe('Lot 1');
  });

  it('names the company a lot is awarded to from the supplier registry, and dates the award from its decision', () => {
    const act = readAct(event('tender.LotAwarded'), ledgerNames([created, registered]));
    expect(act.summary).toBe(`Lot 1 attribué à ${HOLDER}`);
    expect(act.businessDate).toBe('2026-05-04');
    expect(readAct(event('tender.ContractSigned'), ledgerNames([created, registered])).summary).toBe(
      `Marché du lot 1 signé avec ${HOLDER} : 250 000,00 € HT`,
    );
  });

  it('dates the opening of the bids by its Paris day', () => {
    const late = event('tender.BidsOpened', {
      ...EVENT_SAMPLES['tender.BidsOpened']!,
      openedAt: '2026-04-13T22:30:00Z',
    });
    expect(readAct(late, ledgerNames([created]))).toMatchObject({
      subject: { kind: 'tender', id: SAMPLE.tender, label: 'Cybersécurité des communes' },
      summary: 'Plis ouverts : 1 offre',
      businessDate: '2026-04-14',
    });
  });

  it('says which rule an offer was rejected under', () => {
    expect(readAct(event('tender.BidRejected'), ledgerNames([])).summary).toBe(
      'Offre rejetée (anormalement basse, R2152-3)',
    );
  });
});
