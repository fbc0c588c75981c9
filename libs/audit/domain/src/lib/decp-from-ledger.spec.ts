import {
  AmendmentNotified,
  AmendmentSigned,
  ConsortiumFormed,
  ContractNotified,
  ContractOpened,
  SubcontractorAccepted,
  TenderCreated,
} from '@mutualis/shared/contracts';
import { HOLDER, procedureScenario, scenarioLedger, ScenarioEvent } from '../testing/procedure-scenario';
import { decpDocument, decpProblems, decpRecord } from './decp';
import { decpFactsFromLedger } from './decp-from-ledger';
import { PROCEDURE_NAMES } from './procedure-names';

const SUBCONTRACTOR = '44306184100047';
const OLD_SUBCONTRACTOR = '55208131766522';

/**
 * The scenario's contract with what DECP must say of it: the holder answered as a solidaire grouping, and two actes
 * spéciaux de sous-traitance, one recorded before their amount HT, duration and price variation were asked.
 */
function ledger() {
  const scenario = procedureScenario();
  const events: ScenarioEvent[] = scenario.events.map((event) =>
    event.type === 'tender.BidSubmitted' && (event.data as { supplierSiret: string }).supplierSiret === HOLDER
      ? { ...event, data: { ...(event.data as object), declaration: 'dume', operatorGrouping: 'solidaire' } }
      : event,
  );
  const notification = events.findIndex((event) => event.type === 'contract.ContractNotified');
  const onContract = (data: SubcontractorAccepted): ScenarioEvent => ({
    ...events[notification]!,
    type: 'contract.SubcontractorAccepted',
    data,
  });
  events.splice(
    notification + 1,
    0,
    onContract({
      subcontractorSiret: OLD_SUBCONTRACTOR,
      acceptedOn: '2026-07-10',
      subcontractCentsTTC: 240_000,
      directPayment: true,
    }),
    onContract({
      subcontractorSiret: SUBCONTRACTOR,
      acceptedOn: '2026-08-03',
      subcontractCentsTTC: 1_200_000,
      directPayment: true,
      subcontractCentsHT: 1_000_000,
      durationMonths: 10,
      priceVariation: 'revisable',
    }),
  );
  return scenarioLedger({ ...scenario, events });
}

describe('D1–D3: a DECP record says what the events say, field by field', () => {
  const envelopes = ledger();
  const dataOf = <T>(type: string) => envelopes.find((event) => event.type === type)!.data as T;
  const [facts] = decpFactsFromLedger(envelopes, '2026-08-20');
  const record = decpRecord(facts!);

  it('takes the buyer, the object, the procedure, the dates and the amount from the consortium and the contract', () => {
    const opened = dataOf<ContractOpened>('contract.ContractOpened');
    const notified = dataOf<ContractNotified>('contract.ContractNotified');
    expect(record).toMatchObject({
      acheteur: { id: dataOf<ConsortiumFormed>('membership.ConsortiumFormed').coordinator.siret },
      objet: opened.object,
      codeCPV: opened.cpvCode,
      procedure: PROCEDURE_NAMES[opened.procedure],
      dateNotification: notified.notifiedOn,
      dureeMois: notified.durationMonths,
      montant: opened.amountCents / 100,
      titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: opened.holderSiret } }],
      offresRecues: 2,
    });
  });

  it('lieuExecution and the considerations: the place and the clauses the consultation stated, with its criteria', () => {
    const created = dataOf<TenderCreated>('tender.TenderCreated');
    expect(record['lieuExecution']).toEqual({
      code: created.placeOfExecution!.code,
      typeCode: 'Code commune',
    });
    expect(created.executionClauses.socialClause).toBe(true);
    expect(record['considerationsSociales']).toEqual({ considerationSociale: ['Clause sociale'] });
    expect(record['considerationsEnvironnementales']).toEqual({
      considerationEnvironnementale: ['Critère environnemental'],
    });
  });

  it('typeGroupementOperateurs: the grouping the holder’s bid declared (R2142-20)', () => {
    expect(record['typeGroupementOperateurs']).toBe('Solidaire');
  });

  it('sousTraitanceDeclaree and actesSousTraitance: from the actes spéciaux accepted, the older one declared only', () => {
    expect(record['sousTraitanceDeclaree']).toBe(true);
    expect(record['actesSousTraitance']).toEqual([
      {
        acteSousTraitance: {
          id: 2,
          sousTraitant: { typeIdentifiant: 'SIRET', id: SUBCONTRACTOR },
          dureeMois: 10,
          dateNotification: '2026-08-03',
          datePublicationDonnees: '2026-08-20',
          montant: 10_000,
          variationPrix: 'Révisable',
        },
      },
    ]);
  });

  it('modifications: one per avenant notified, dated by its notification, with its amount after it', () => {
    const avenant = dataOf<AmendmentSigned>('contract.AmendmentSigned');
    expect(record['modifications']).toEqual([
      {
        modification: expect.objectContaining({
          id: 1,
          dateNotificationModification: dataOf<AmendmentNotified>('contract.AmendmentNotified').notifiedOn,
          montant: avenant.amountAfterCents / 100,
        }),
      },
    ]);
  });

  it('validates against the official schema 2.0.3', () => {
    expect(decpProblems(decpDocument([record]))).toEqual([]);
  });

  it('declares no subcontracting, no grouping and no modification before its notification when the events say none', () => {
    const scenario = procedureScenario();
    const unnotified = scenario.events.filter((event) => event.type !== 'contract.AmendmentNotified');
    const plain = decpRecord(
      decpFactsFromLedger(scenarioLedger({ ...scenario, events: unnotified }), '2026-08-20')[0]!,
    );
    expect(plain).toMatchObject({
      typeGroupementOperateurs: 'Pas de groupement',
      sousTraitanceDeclaree: false,
    });
    expect(plain['actesSousTraitance']).toBeUndefined();
    // An avenant signed but not yet notified has not taken effect: no modification is due yet (D1).
    expect(plain['modifications']).toBeUndefined();
  });
});
