import { AmendmentSigned, ContractNotified, ContractOpened } from '@mutualis/shared/contracts';
import withModifications from './data/decp-example-marches-avec-modifications.json';
import marchesAndConcessions from './data/decp-example-marches-concessions.json';
import { decpDocument, decpDue, DecpFacts, decpProblems, decpRecord } from './decp';

const opened: ContractOpened = {
  contractId: '0192f0a0-0000-7000-8000-00000000c001',
  consortiumId: '0192f0a0-0000-7000-8000-0000000000c1',
  tenderId: '0192f0a0-0000-7000-8000-0000000000d1',
  lot: 2,
  object: 'Cybersécurité des communes — lot 2 : Supervision (SOC)',
  cpvCode: '72000000-5',
  nature: 'services',
  buyer: 'sub-central',
  procedure: 'open',
  formalised: true,
  launchedOn: '2026-03-02',
  thresholdTable: '2026-01-01',
  kind: 'framework-agreement',
  holderSiret: '73282932000074',
  amountCents: 50_000_000,
  signedOn: '2026-06-15',
  beneficiaries: ['21440050900011'],
  durationMonths: 24,
  openedFrom: '0192f0a0-0000-7000-8000-0000000000e1',
};
const notified: ContractNotified = {
  notifiedOn: '2026-07-01',
  durationMonths: 24,
  endsOn: '2028-06-30',
  renewals: { count: 2, monthsEach: 12, tacit: true },
  priceForm: 'unit',
  priceType: 'revisable',
  ccag: 'TIC',
  penaltyDerogation: false,
  amountCentsTTC: 60_000_000,
  payingBuyer: 'collectivite',
  holderSme: true,
  buyerSpendingOver60M: false,
  advance: { required: false, minimumRatePercent: 0, ratePercent: 10, waived: false, amountCents: 0 },
  retentionPercent: 0,
};
const avenant: AmendmentSigned = {
  amendmentId: '0192f0a0-0000-7000-8000-0000000000a1',
  ground: 'de-minimis',
  signedOn: '2026-11-02',
  amountCents: 4_000_000,
  description: 'Supervision de deux communes de plus',
  extensionMonths: 6,
  amountAfterCents: 54_000_000,
  endsOn: '2028-12-31',
  joueNoticeRequired: false,
  newHolderSiret: null,
};
const facts = (overrides: Partial<DecpFacts> = {}): DecpFacts => ({
  coordinatorSiret: '21440184600016',
  placeOfExecution: { code: '44184', kind: 'commune' },
  clauses: { socialClause: false, reservedContract: false, environmentalClause: false },
  opened,
  notified,
  amendments: [{ signed: avenant, notifiedOn: '2026-11-04' }],
  operatorGrouping: 'none',
  subcontractors: [],
  offersReceived: 3,
  environmentalCriterion: true,
  socialCriterion: false,
  innovative: false,
  publishedOn: '2026-11-29',
  ...overrides,
});

describe('DECP 2024 records (D1–D3), validated against the official schema 2.0.3', () => {
  it('writes a pooled accord-cadre with its avenant: the coordinator as buyer, the maximum, reconductions in the duration', () => {
    const record = decpRecord(facts());
    expect(record).toMatchObject({
      acheteur: { id: '21440184600016' },
      montant: 500_000,
      dureeMois: 48,
      techniques: { technique: ['Accord-cadre'] },
      modalitesExecution: { modaliteExecution: ['Bons de commande'] },
      procedure: "Appel d'offres ouvert",
      ccag: "Techniques de l'information et de la communication",
      tauxAvance: 0.1,
      considerationsEnvironnementales: { considerationEnvironnementale: ['Critère environnemental'] },
      modifications: [
        {
          modification: {
            id: 1,
            montant: 540_000,
            dureeMois: 54,
            dateNotificationModification: '2026-11-04',
          },
        },
      ],
    });
    expect(decpProblems(decpDocument([record]))).toEqual([]);
  });

  it('says the place of execution by its kind and every social and environmental consideration that applies', () => {
    const record = decpRecord(
      facts({
        placeOfExecution: { code: '44', kind: 'department' },
        clauses: { socialClause: true, reservedContract: true, environmentalClause: true },
        socialCriterion: true,
      }),
    );
    expect(record).toMatchObject({
      lieuExecution: { code: '44', typeCode: 'Code département' },
      considerationsSociales: {
        considerationSociale: ['Clause sociale', 'Critère social', 'Marché réservé'],
      },
      considerationsEnvironnementales: {
        considerationEnvironnementale: ['Clause environnementale', 'Critère environnemental'],
      },
    });
    expect(decpProblems(decpDocument([record]))).toEqual([]);
    const none = decpRecord(facts({ environmentalCriterion: false }));
    expect(none['considerationsSociales']).toEqual({
      considerationSociale: ['Pas de considération sociale'],
    });
    expect(none['considerationsEnvironnementales']).toEqual({
      considerationEnvironnementale: ['Pas de considération environnementale'],
    });
  });

  it('fails validation when a required field is missing', () => {
    const { offresRecues: _removed, ...incomplete } = decpRecord(facts());
    expect(decpProblems(decpDocument([incomplete]))).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'offresRecues'")]),
    );
  });

  it('accepts the official examples with the same validator', () => {
    expect(decpProblems(withModifications)).toEqual([]);
    expect(decpProblems(marchesAndConcessions)).toEqual([]);
  });

  it('is due from 40 000 € HT for contracts notified from 2024 (D1)', () => {
    expect(decpDue({ ...opened, amountCents: 4_000_000 }, notified)).toBe(true);
    expect(decpDue({ ...opened, amountCents: 3_999_999 }, notified)).toBe(false);
    expect(decpDue(opened, { ...notified, notifiedOn: '2023-12-31' })).toBe(false);
  });
});
