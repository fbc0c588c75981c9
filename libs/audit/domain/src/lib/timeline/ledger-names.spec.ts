import { EVENT_SAMPLES, SAMPLE, sampleEvent } from '../../testing/act-samples';
import { ledgerNames, supplierSiretsOf } from './ledger-names';

const event = (type: string, data: unknown = EVENT_SAMPLES[type]) => sampleEvent(type, data);

describe('the names the ledger holds', () => {
  it('keeps the latest name an authority was given', () => {
    const renamed = event('membership.MembershipApplied', {
      ...(EVENT_SAMPLES['membership.MembershipApplied'] as object),
      authority: {
        ...(EVENT_SAMPLES['membership.MembershipApplied'] as { authority: object }).authority,
        name: 'Ville de Savenay',
      },
    });
    expect(ledgerNames([event('membership.MembershipApplied'), renamed]).organisation(SAMPLE.member)).toBe(
      'Ville de Savenay',
    );
  });

  it('lists the companies consultation and contract events name, to look up in the supplier registry', () => {
    expect(
      supplierSiretsOf([
        event('tender.BidSubmitted'),
        event('contract.ContractOpened'),
        event('membership.AdhesionAccepted'),
        event('contract.InvoiceReceived'),
      ]),
    ).toEqual([SAMPLE.holder]);
  });
});
