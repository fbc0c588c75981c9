import { supplierContracts, SupplierEvent } from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import {
  CERTIFICATION_1,
  EXCLUSION_1,
  fileVigilance,
  registerCommand,
  VIGILANCE_1,
} from '../testing/supplier-fixtures';
import { supplierDecider } from './supplier.decider';

/** Runs a command on the history so far and appends what it decided. */
function run(
  history: SupplierEvent[],
  command: Parameters<typeof supplierDecider.decide>[0],
): SupplierEvent[] {
  return [...history, ...supplierDecider.decide(command, given(supplierDecider, history).state)];
}

describe('the events the decider records are valid in the published language', () => {
  it('validates every event type of a full supplier life against its contract', () => {
    let history = run([], registerCommand);
    history = run(history, { type: 'ChangeCategories', cpvCodes: ['48000000'] });
    history = run(history, fileVigilance('2026-05-30', '2026-11-29'));
    history = run(history, {
      type: 'RecordCertification',
      certificationId: CERTIFICATION_1,
      scheme: 'hds',
      label: 'Hébergeur de données de santé',
      scope: 'Hébergement',
      issuer: 'AFNOR Certification',
      validFrom: '2024-01-01',
      expiresOn: '2026-12-01',
      today: '2026-11-29',
    });
    history = run(history, {
      type: 'RecordExclusion',
      exclusionId: EXCLUSION_1,
      ground: 'L2141-2',
      decidedOn: '2026-11-01',
      fixedEndsOn: '2026-12-15',
      reference: 'Attestation URSSAF négative',
      description: 'Cotisations sociales impayées',
      today: '2026-11-29',
    });
    history = run(history, { type: 'SweepDates', today: '2026-12-15' });
    const lifted = run(history.slice(0, 5), {
      type: 'LiftExclusion',
      exclusionId: EXCLUSION_1,
      reason: 'Régularisation',
      today: '2026-11-30',
    });
    const events = [...history, lifted.at(-1)!];
    expect(new Set(events.map((event) => event.type)).size).toBe(9);
    for (const event of events) {
      expect([event.type, supplierContracts.check({ ...event, schemaVersion: 1 })]).toEqual([
        event.type,
        null,
      ]);
    }
    expect(events.find((event) => event.type === 'supplier.VigilanceLapsed')?.data).toMatchObject({
      documentId: VIGILANCE_1,
    });
  });

  it('refuses a payload that breaks the contract, naming the field', () => {
    const violation = supplierContracts.check({
      type: 'supplier.DocumentFiled',
      schemaVersion: 1,
      data: { documentId: 'not-a-uuid', kind: 'urssaf-vigilance' },
    });
    expect(violation?.reason).toBe('invalid-payload');
    expect(violation?.detail).toMatch(/documentId/);
  });
});
