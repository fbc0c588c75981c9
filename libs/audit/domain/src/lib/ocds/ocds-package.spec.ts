import { EventEnvelope } from '@mutualis/shared/contracts';
import { HOLDER, procedureScenario, RUNNER_UP, SAINT_NAZAIRE, scenarioLedger } from '../../testing';
import { ocdsRecordPackage } from './ocds-package';
import { ocdsRecordPackageProblems } from './ocds-schemas';

const PUBLISHER = { ocidPrefix: 'ocds-mtlis1', name: 'Mutualis', uri: 'https://mutualis.example/ocds' };
const scenario = procedureScenario();
const ocid = `ocds-mtlis1-${scenario.ids.tender}`;

const exported = (events: EventEnvelope[]) => {
  const found = ocdsRecordPackage(events, scenario.ids.tender, PUBLISHER, '2026-11-20T10:00:00+01:00');
  if (!found) throw new Error('no record package');
  return found as { records: Record<string, any>[] };
};

describe('OCDS record package of a procedure (D4)', () => {
  const ledger = scenarioLedger(scenario);
  const recordPackage = exported(ledger);
  const [record] = recordPackage.records;

  it('is valid against the OCDS 1.1.5 record package schema, offline', () => {
    expect(ocdsRecordPackageProblems(recordPackage)).toEqual([]);
  });

  it('fails validation when a required field is removed', () => {
    const broken = structuredClone(recordPackage);
    delete broken.records[0]!['releases'][0].initiationType;
    expect(ocdsRecordPackageProblems(broken)).toContain(
      "/records/0/releases/0 must have required property 'initiationType'",
    );
  });

  it('gives the procedure one ocid and one release per public step, tagged with the step', () => {
    expect(record!['ocid']).toBe(ocid);
    expect(record!['releases'].map((release: { tag: string[] }) => release.tag[0])).toEqual([
      'planning', // consultation created
      'planningUpdate', // procedure chosen
      'planningUpdate', // criteria of lot 1
      'planningUpdate', // criteria of lot 2
      'tender', // notice published
      'tenderAmendment', // deadline extended
      'tenderUpdate', // bids opened
      'award', // lot 1 awarded
      'awardUpdate', // délai de suspension
      'contract', // lot 1 signed
      'tenderUpdate', // lot 2 infructueux: every lot settled
      'contractUpdate', // notified
      'contractAmendment', // avenant
      'implementation', // invoice paid late
    ]);
    const ledgerIds = new Set(ledger.map((event) => event.id));
    expect(new Set(record!['releases'].map((release: { id: string }) => release.id)).size).toBe(14);
    for (const release of record!['releases']) expect(ledgerIds.has(release.id)).toBe(true);
  });

  it('compiles the procedure as it stands: lot 1 contracted with its avenant and payments, lot 2 unsuccessful', () => {
    const compiled = record!['compiledRelease'];
    expect(compiled.tag).toEqual(['compiled']);
    expect(compiled.buyer).toEqual({ id: `FR-RCS-${SAINT_NAZAIRE}`, name: 'Commune de Saint-Nazaire' });
    expect(compiled.tender).toMatchObject({
      status: 'complete',
      procurementMethod: 'open',
      procurementMethodDetails: "Appel d'offres ouvert",
      mainProcurementCategory: 'services',
      awardCriteria: 'ratedCriteria',
      numberOfTenderers: 2,
      tenderPeriod: { startDate: '2026-03-01T23:00:00.000Z', endDate: '2026-04-13T10:00:00.000Z' },
    });
    expect(compiled.tender.items.map((item: { id: string }) => item.id)).toEqual(['lot-1', 'lot-2']);
    expect(compiled.awards).toEqual([
      expect.objectContaining({
        status: 'active',
        value: { amount: 250_000, currency: 'EUR' },
        suppliers: [{ id: `FR-RCS-${HOLDER}` }],
      }),
    ]);
    const [contract] = compiled.contracts;
    expect(contract).toMatchObject({
      id: scenario.ids.contract,
      awardID: compiled.awards[0].id,
      status: 'active',
      value: { amount: 300_000, currency: 'EUR' },
      period: { startDate: '2026-06-30T22:00:00.000Z', endDate: '2028-06-29T22:00:00.000Z' },
    });
    expect(contract.implementation.transactions).toEqual([
      expect.objectContaining({ id: scenario.ids.invoice, value: { amount: 120_000, currency: 'EUR' } }),
      expect.objectContaining({
        id: `${scenario.ids.invoice}-interets-moratoires`,
        value: { amount: 439.45, currency: 'EUR' },
        payer: { id: `FR-RCS-${SAINT_NAZAIRE}`, name: 'Commune de Saint-Nazaire' },
        payee: { id: `FR-RCS-${HOLDER}` },
      }),
    ]);
    const roles = Object.fromEntries(
      compiled.parties.map((party: { id: string; roles: string[] }) => [party.id, party.roles]),
    );
    expect(roles).toEqual({
      [`FR-RCS-${SAINT_NAZAIRE}`]: ['buyer', 'procuringEntity', 'payer'],
      [`FR-RCS-${HOLDER}`]: ['tenderer', 'supplier', 'payee'],
      [`FR-RCS-${RUNNER_UP}`]: ['tenderer'],
    });
  });

  it('keeps every value a field took in the versioned release: the contract value before and after the avenant', () => {
    const [contract] = record!['versionedRelease'].contracts;
    expect(
      contract.value.amount.map((version: { value: number; releaseTag: string[] }) => [
        version.releaseTag[0],
        version.value,
      ]),
    ).toEqual([
      ['contract', 250_000],
      ['contractAmendment', 300_000],
    ]);
  });

  it('names no tenderer before the bids are opened', () => {
    const beforeOpening = exported(scenarioLedger(scenario, 'tender.BidsOpened'));
    expect(ocdsRecordPackageProblems(beforeOpening)).toEqual([]);
    const text = JSON.stringify(beforeOpening);
    expect(text).not.toContain(HOLDER);
    expect(text).not.toContain(RUNNER_UP);
    expect(text).not.toContain('tenderer');
  });

  it('exports nothing for a procedure the ledger does not know', () => {
    expect(
      ocdsRecordPackage(scenarioLedger(scenario), 'unknown', PUBLISHER, '2026-11-20T10:00:00Z'),
    ).toBeNull();
  });
});
