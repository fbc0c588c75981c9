import { EVENT_SAMPLES, SAMPLE, sampleEvent } from '../../testing/act-samples';
import { ledgerNames } from './ledger-names';
import { readAct } from './read-act';

const event = (type: string, data: unknown = EVENT_SAMPLES[type]) => sampleEvent(type, data);
const formed = event('membership.ConsortiumFormed');
const applied = event('membership.MembershipApplied');

describe('acts of consortium membership', () => {
  it('names the commune that joined by the name it applied with, and dates the adhesion from its acceptance', () => {
    const act = readAct(event('membership.AdhesionAccepted'), ledgerNames([formed, applied]));
    expect(act).toEqual({
      subject: { kind: 'authority', id: SAMPLE.member, label: 'Commune de Savenay' },
      summary: `Adhésion acceptée : Commune de Savenay (${SAMPLE.member})`,
      businessDate: '2026-03-01',
    });
  });

  it('names a commune by its SIRET alone when the ledger never received its application', () => {
    const act = readAct(event('membership.AdhesionAccepted'), ledgerNames([formed]));
    expect(act.subject.label).toBeNull();
    expect(act.summary).toBe(`Adhésion acceptée : SIRET ${SAMPLE.member}`);
  });

  it('names the coordinator by the name the convention gives', () => {
    const act = readAct(formed, ledgerNames([]));
    expect(act.subject).toEqual({
      kind: 'consortium',
      id: SAMPLE.consortium,
      label: 'Groupement cybersécurité de Loire-Atlantique',
    });
    expect(act.summary).toContain(`coordonnateur Commune de Saint-Nazaire (${SAMPLE.coordinator})`);
    expect(act.businessDate).toBe('2026-01-15');
  });

  it('dates a withdrawal from the day it takes effect, and says when it was asked for', () => {
    const act = readAct(event('membership.WithdrawalRecorded'), ledgerNames([formed, applied]));
    expect(act.businessDate).toBe('2027-12-01');
    expect(act.summary).toBe(
      `Retrait du groupement : Commune de Savenay (${SAMPLE.member}), demandé le 01/09/2027`,
    );
  });

  it('never names a CAO representative: their name is sealed personal data, erasable (RGPD art. 17)', () => {
    const names = ledgerNames([formed]);
    const composed = readAct(event('membership.CaoComposed'), names);
    expect(composed.subject).toMatchObject({ kind: 'consortium', id: SAMPLE.consortium });
    expect(JSON.stringify(composed)).not.toContain('c2NlbGxl');
    expect(readAct(event('membership.PersonErased'), names)).toEqual({
      subject: {
        kind: 'person',
        id: SAMPLE.person,
        label: 'Représentant à la CAO de Groupement cybersécurité de Loire-Atlantique',
      },
      summary: 'Données personnelles d’un représentant effacées (RGPD, art. 17)',
      businessDate: '2026-11-29',
    });
  });

  it('names the census a member answered, by its object', () => {
    const names = ledgerNames([applied, event('membership.CensusOpened')]);
    expect(readAct(event('membership.NeedsSubmitted'), names).summary).toBe(
      `Besoins transmis au recensement « Besoins en cybersécurité 2027 » : Commune de Savenay (${SAMPLE.member})`,
    );
    expect(readAct(event('membership.CensusClosed'), names)).toMatchObject({
      subject: { kind: 'census', id: SAMPLE.census, label: 'Besoins en cybersécurité 2027' },
      summary: 'Recensement clos : Besoins en cybersécurité 2027, 45 000,00 € HT sur 36 mois, 1 bénéficiaire',
    });
  });
});
