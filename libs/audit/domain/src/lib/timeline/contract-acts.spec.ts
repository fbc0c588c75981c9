import { EVENT_SAMPLES, SAMPLE, sampleEvent } from '../../testing/act-samples';
import { ledgerNames } from './ledger-names';
import { readAct } from './read-act';

const event = (type: string, data: unknown = EVENT_SAMPLES[type]) => sampleEvent(type, data);
const names = ledgerNames([
  event('membership.MembershipApplied'),
  event('supplier.SupplierRegistered'),
  event('contract.ContractOpened'),
]);
const MARCHE = {
  kind: 'contract',
  id: SAMPLE.contract,
  label: 'Cybersécurité des communes — lot 1 : Audit de sécurité',
};

describe('acts of a marché’s execution', () => {
  it('names the marché by its object and lot, and its holder', () => {
    expect(readAct(event('contract.ContractOpened'), ledgerNames([]))).toEqual({
      subject: MARCHE,
      summary: `Marché signé avec SIRET ${SAMPLE.holder} : 250 000,00 € HT`,
      businessDate: '2026-06-15',
    });
    expect(readAct(event('contract.ContractNotified'), names)).toEqual({
      subject: MARCHE,
      summary: 'Marché notifié : 24 mois, jusqu’au 30/06/2028',
      businessDate: '2026-07-01',
    });
  });

  it('gives an avenant’s legal ground, change and new amount', () => {
    expect(readAct(event('contract.AmendmentSigned'), names).summary).toBe(
      'Avenant signé (prestations supplémentaires, R2194-2) : +50 000,00 € HT, montant porté à 300 000,00 € HT',
    );
  });

  it('says what a late payment owes by law, dated from the payment', () => {
    expect(readAct(event('contract.InvoicePaid'), names)).toMatchObject({
      summary:
        'Facture payée avec 10 jours de retard : intérêts moratoires 399,45 €, indemnité forfaitaire 40,00 €',
      businessDate: '2026-11-14',
    });
  });

  it('names the member that placed an order by the name it applied with', () => {
    expect(readAct(event('contract.OrderPlaced'), names).summary).toBe(
      `Bon de commande de 12 000,00 € HT : Commune de Savenay (${SAMPLE.member})`,
    );
  });
});
