import { EVENT_SAMPLES, SAMPLE, sampleEvent } from '../../testing/act-samples';
import { ledgerNames } from './ledger-names';
import { readAct } from './read-act';

const event = (type: string, data: unknown = EVENT_SAMPLES[type]) => sampleEvent(type, data);
const names = ledgerNames([event('supplier.SupplierRegistered')]);

describe('acts of the supplier registry', () => {
  it('names the company of the stream by its registered name', () => {
    expect(readAct(event('supplier.DocumentFiled'), names)).toEqual({
      subject: { kind: 'supplier', id: SAMPLE.holder, label: 'Armor Cyberdéfense SAS' },
      summary: `Attestation de vigilance URSSAF déposée : Armor Cyberdéfense SAS (${SAMPLE.holder})`,
      businessDate: '2026-07-01',
    });
  });

  it('dates an exclusion from the decision it runs from, and names its ground', () => {
    expect(readAct(event('supplier.ExclusionRecorded'), names)).toMatchObject({
      summary: `Exclusion de plein droit enregistrée (L2141-1) : Armor Cyberdéfense SAS (${SAMPLE.holder})`,
      businessDate: '2026-05-01',
    });
  });

  it('names an erased contact only as the company’s contact, never by their sealed name', () => {
    expect(readAct(event('supplier.ContactErased'), names)).toEqual({
      subject: {
        kind: 'person',
        id: SAMPLE.person,
        label: `Contact de Armor Cyberdéfense SAS (${SAMPLE.holder})`,
      },
      summary: `Données personnelles d’un contact effacées (RGPD, art. 17) : Armor Cyberdéfense SAS (${SAMPLE.holder})`,
      businessDate: '2026-11-29',
    });
  });
});
