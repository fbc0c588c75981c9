import { eligibilityOn, SupplierEvent } from '@mutualis/shared/contracts';
import { given } from '@mutualis/shared/event-sourcing/testing';
import {
  CERTIFICATION_1,
  EXCLUSION_1,
  fileVigilance,
  registerCommand,
  registered,
  VIGILANCE_1,
  VIGILANCE_2,
  vigilanceFiled,
} from '../testing/supplier-fixtures';
import { RecordExclusion } from './supplier.commands';
import { supplierDecider } from './supplier.decider';
import { SupplierRefusal } from './supplier-refusal';
import { nextSweepDate } from './supplier.state';

const refusedRule = (events: SupplierEvent[], command: Parameters<typeof supplierDecider.decide>[0]) =>
  (given(supplierDecider, events).when(command).thenThrows(SupplierRefusal) as SupplierRefusal).refusal;

const exclusion = (overrides: Partial<RecordExclusion> = {}): RecordExclusion => ({
  type: 'RecordExclusion',
  exclusionId: EXCLUSION_1,
  ground: 'L2141-1',
  decidedOn: '2025-03-10',
  reference: 'TJ Nantes, 10 mars 2025, n° 25/01234',
  description: 'condamnation définitive pour corruption',
  today: '2026-11-29',
  ...overrides,
});

describe('registering a supplier', () => {
  it('registers a supplier by a Luhn-valid SIRET, derives the SIREN, the département and the region (S1)', () => {
    given(supplierDecider).when(registerCommand).then([registered]);
  });

  it('refuses a SIRET whose Luhn check fails, naming rule S1', () => {
    const refusal = refusedRule([], { ...registerCommand, siret: '73282932000075' });
    expect(refusal).toMatchObject({ rule: 'invalid-siret', values: { siret: '73282932000075' } });
  });

  it('refuses a SIRET of the wrong length (S1)', () => {
    expect(refusedRule([], { ...registerCommand, siret: '7328293200007' }).rule).toBe('invalid-siret');
  });

  it('accepts a La Poste establishment whose SIRET is not Luhn-valid but whose digits sum to a multiple of 5 (S1)', () => {
    const [event] = given(supplierDecider)
      .when({ ...registerCommand, siret: '35600000049837' })
      .then([
        {
          type: 'supplier.SupplierRegistered',
          data: { ...(registered.data as object), siret: '35600000049837', siren: '356000000' },
        } as SupplierEvent,
      ]);
    expect(event?.type).toBe('supplier.SupplierRegistered');
  });

  it('refuses a CPV code that is not in the official list, never computing a check digit (S2)', () => {
    const refusal = refusedRule([], { ...registerCommand, cpvCodes: ['72000000', '99999999'] });
    expect(refusal).toMatchObject({ rule: 'unknown-cpv-code', values: { unknown: ['99999999'] } });
  });

  it('refuses a CPV code whose check digit differs from the official list (S2)', () => {
    expect(refusedRule([], { ...registerCommand, cpvCodes: ['72000000-4'] }).rule).toBe('unknown-cpv-code');
  });

  it('refuses to register the same SIRET twice', () => {
    expect(refusedRule([registered], registerCommand).rule).toBe('supplier-already-registered');
  });

  it('changes categories to other official codes, and decides nothing when they are the same (S2)', () => {
    given(supplierDecider, [registered])
      .when({ type: 'ChangeCategories', cpvCodes: ['48000000-8'] })
      .then([{ type: 'supplier.SupplierCategoriesChanged', data: { cpvCodes: ['48000000-8'] } }]);
    given(supplierDecider, [registered])
      .when({ type: 'ChangeCategories', cpvCodes: ['79212000-3', '72000000-5'] })
      .then([]);
  });
});

describe('compliance documents', () => {
  it('files an attestation de vigilance valid 6 months from its issue, whatever date it states (D8222-5)', () => {
    given(supplierDecider, [registered])
      .when({ ...fileVigilance('2026-08-31', '2026-11-29'), expiresOn: '2027-12-31' })
      .then([vigilanceFiled('2026-08-31', '2027-02-28')]);
  });

  it('refuses an attestation de vigilance more than 6 months old (D8222-5)', () => {
    const refusal = refusedRule([registered], fileVigilance('2026-05-29', '2026-11-29'));
    expect(refusal).toMatchObject({
      rule: 'document-expired',
      legalReference: 'D8222-5',
      values: { expiresOn: '2026-11-29' },
    });
  });

  it('accepts an attestation de vigilance on the last day of its 6 months', () => {
    given(supplierDecider, [registered])
      .when(fileVigilance('2026-05-30', '2026-11-29'))
      .then([vigilanceFiled('2026-05-30', '2026-11-30')]);
  });

  it('refuses a document issued in the future', () => {
    expect(refusedRule([registered], fileVigilance('2026-11-30', '2026-11-29')).rule).toBe(
      'document-issued-in-future',
    );
  });

  it('requires the end date of a tax regularity certificate, which states its own', () => {
    const command = { ...fileVigilance('2026-11-01', '2026-11-29'), kind: 'tax-regularity' as const };
    expect(refusedRule([registered], command).rule).toBe('document-expiry-required');
    given(supplierDecider, [registered])
      .when({ ...command, expiresOn: '2027-05-01' })
      .then([
        {
          type: 'supplier.DocumentFiled',
          data: { ...(vigilanceFiled('2026-11-01', '2027-05-01').data as object), kind: 'tax-regularity' },
        } as SupplierEvent,
      ]);
  });

  it('refuses documents for a SIRET that is not registered', () => {
    expect(refusedRule([], fileVigilance('2026-11-01', '2026-11-29')).rule).toBe('supplier-not-registered');
  });

  it('refuses a date that does not exist', () => {
    expect(refusedRule([registered], fileVigilance('2026-02-30', '2026-11-29')).rule).toBe('invalid-date');
  });
});

describe('certifications', () => {
  const secNumCloud = {
    type: 'RecordCertification' as const,
    certificationId: CERTIFICATION_1,
    scheme: 'secnumcloud' as const,
    label: 'Qualification SecNumCloud 3.2',
    scope: 'IaaS hébergé à Nantes',
    issuer: 'ANSSI',
    validFrom: '2025-01-15',
    expiresOn: '2028-01-15',
    today: '2026-11-29',
  };

  it('records a certification with its scope and validity', () => {
    const { type: _type, today: _today, ...data } = secNumCloud;
    given(supplierDecider, [registered])
      .when(secNumCloud)
      .then([{ type: 'supplier.CertificationRecorded', data }]);
  });

  it('refuses a certification already expired', () => {
    expect(refusedRule([registered], { ...secNumCloud, expiresOn: '2026-11-29' }).rule).toBe(
      'certification-expired',
    );
  });

  it('refuses a certification that ends before it starts', () => {
    expect(refusedRule([registered], { ...secNumCloud, expiresOn: '2025-01-15' }).rule).toBe(
      'certification-ends-before-start',
    );
  });
});

describe('exclusions (S3, L2141-1 to L2141-11)', () => {
  it('excludes for 5 years from the date of an L2141-1 conviction (S3)', () => {
    const [event] = given(supplierDecider, [registered])
      .when(exclusion())
      .then([
        {
          type: 'supplier.ExclusionRecorded',
          data: {
            exclusionId: EXCLUSION_1,
            ground: 'L2141-1',
            basis: 'plein-droit',
            decidedOn: '2025-03-10',
            endsOn: '2030-03-10',
            reference: 'TJ Nantes, 10 mars 2025, n° 25/01234',
            description: 'condamnation définitive pour corruption',
          },
        },
      ]);
    expect(event).toBeDefined();
  });

  it('uses the end the court fixed instead of 5 years (S3)', () => {
    const state = given(supplierDecider, [registered]).state;
    const [event] = supplierDecider.decide(exclusion({ fixedEndsOn: '2027-03-10' }), state);
    expect(event?.data).toMatchObject({ endsOn: '2027-03-10' });
  });

  it('keeps an exclusion for unmet tax or social obligations until it is lifted (L2141-2)', () => {
    const event = supplierDecider.decide(
      exclusion({ ground: 'L2141-2' }),
      given(supplierDecider, [registered]).state,
    )[0];
    expect(event?.data).toMatchObject({ ground: 'L2141-2', basis: 'plein-droit', endsOn: null });
  });

  it('refuses an article that is not a ground of exclusion', () => {
    expect(refusedRule([registered], exclusion({ ground: 'L2142-1' })).rule).toBe('unknown-exclusion-ground');
  });

  it('refuses an L2141-1 exclusion whose 5 years are already over (S3)', () => {
    const refusal = refusedRule([registered], exclusion({ decidedOn: '2021-11-29' }));
    expect(refusal).toMatchObject({
      rule: 'exclusion-period-over',
      legalReference: 'L2141-1',
      values: { endsOn: '2026-11-29' },
    });
  });

  it('lifts an exclusion early only with a recorded reason', () => {
    const recorded = supplierDecider.decide(exclusion(), given(supplierDecider, [registered]).state);
    const lift = { type: 'LiftExclusion' as const, exclusionId: EXCLUSION_1, today: '2026-12-01' };
    expect(refusedRule([registered, ...recorded], { ...lift, reason: '   ' }).rule).toBe(
      'lift-reason-required',
    );
    given(supplierDecider, [registered, ...recorded])
      .when({ ...lift, reason: 'mesures correctrices reconnues (self-cleaning)' })
      .then([
        {
          type: 'supplier.ExclusionLifted',
          data: {
            exclusionId: EXCLUSION_1,
            liftedOn: '2026-12-01',
            reason: 'mesures correctrices reconnues (self-cleaning)',
          },
        },
      ]);
  });

  it('refuses to lift an exclusion that is not in force', () => {
    const lift = {
      type: 'LiftExclusion' as const,
      exclusionId: EXCLUSION_1,
      today: '2026-12-01',
      reason: 'x',
    };
    expect(refusedRule([registered], lift).rule).toBe('exclusion-not-in-force');
  });
});

describe('the daily sweep', () => {
  const filed = [registered, vigilanceFiled('2026-05-30', '2026-11-30')];

  it('reports nothing before the attestation de vigilance lapses', () => {
    given(supplierDecider, filed).when({ type: 'SweepDates', today: '2026-11-29' }).then([]);
  });

  it('reports VigilanceLapsed once on the day the attestation stops being valid, and never again', () => {
    const lapsed: SupplierEvent = {
      type: 'supplier.VigilanceLapsed',
      data: { documentId: VIGILANCE_1, expiredOn: '2026-11-30' },
    };
    given(supplierDecider, filed).when({ type: 'SweepDates', today: '2026-11-30' }).then([lapsed]);
    given(supplierDecider, [...filed, lapsed])
      .when({ type: 'SweepDates', today: '2026-12-15' })
      .then([]);
  });

  it('reports no lapse when a newer attestation was filed in time', () => {
    const renewed = [...filed, vigilanceFiled('2026-11-20', '2027-05-20', VIGILANCE_2)];
    given(supplierDecider, renewed).when({ type: 'SweepDates', today: '2026-12-01' }).then([]);
  });

  it('reports an exclusion that reaches its end, and a certification that expires, once each', () => {
    const history: SupplierEvent[] = [
      registered,
      ...supplierDecider.decide(
        exclusion({ fixedEndsOn: '2026-12-10' }),
        given(supplierDecider, [registered]).state,
      ),
      {
        type: 'supplier.CertificationRecorded',
        data: {
          certificationId: CERTIFICATION_1,
          scheme: 'iso-27001',
          label: 'ISO/IEC 27001:2022',
          scope: 'SOC',
          issuer: 'AFNOR Certification',
          validFrom: '2024-01-01',
          expiresOn: '2026-12-05',
        },
      },
    ];
    const due = given(supplierDecider, history)
      .when({ type: 'SweepDates', today: '2026-12-10' })
      .then([
        {
          type: 'supplier.CertificationExpired',
          data: { certificationId: CERTIFICATION_1, scheme: 'iso-27001', expiredOn: '2026-12-05' },
        },
        { type: 'supplier.ExclusionEnded', data: { exclusionId: EXCLUSION_1, endedOn: '2026-12-10' } },
      ]);
    given(supplierDecider, [...history, ...due])
      .when({ type: 'SweepDates', today: '2026-12-11' })
      .then([]);
    expect(nextSweepDate(given(supplierDecider, history).state)).toBe('2026-12-05');
    expect(nextSweepDate(given(supplierDecider, [...history, ...due]).state)).toBeNull();
  });
});

describe('eligibility: may this SIRET bid, be awarded or be paid on a date', () => {
  const withTax: SupplierEvent = {
    type: 'supplier.DocumentFiled',
    data: {
      ...(vigilanceFiled('2026-06-01', '2027-06-01', VIGILANCE_2).data as object),
      kind: 'tax-regularity',
    },
  } as SupplierEvent;
  const compliant = [registered, vigilanceFiled('2026-05-30', '2026-11-30'), withTax];

  it('lets a registered supplier with valid vigilance and tax certificates bid, be awarded and be paid', () => {
    expect(eligibilityOn(given(supplierDecider, compliant).state.eligibility, '2026-11-29')).toMatchObject({
      mayBid: true,
      mayBeAwarded: true,
      mayBePaid: true,
      reasons: [],
    });
  });

  it('R2143-3, R2144-4: a lapsed attestation de vigilance bars the award and calls for the payment alert, not the bid', () => {
    const answer = eligibilityOn(given(supplierDecider, compliant).state.eligibility, '2026-11-30');
    expect(answer).toMatchObject({ mayBid: true, mayBeAwarded: false, mayBePaid: false });
    expect(answer.reasons.map((reason) => [reason.code, reason.legalReference])).toEqual([
      ['vigilance-expired', 'D8222-5'],
    ]);
  });

  it('refuses bids from an excluded supplier while its exclusion lasts, not after it ends (S3)', () => {
    const excluded = [
      ...compliant,
      ...supplierDecider.decide(
        exclusion({ fixedEndsOn: '2026-11-20', decidedOn: '2026-01-10', today: '2026-11-01' }),
        given(supplierDecider, compliant).state,
      ),
    ];
    const facts = given(supplierDecider, excluded).state.eligibility;
    expect(eligibilityOn(facts, '2026-11-19')).toMatchObject({
      mayBid: false,
      mayBeAwarded: false,
      mayBePaid: true,
    });
    expect(eligibilityOn(facts, '2026-11-19').reasons[0]).toMatchObject({
      code: 'excluded',
      legalReference: 'L2141-1',
    });
    expect(eligibilityOn(facts, '2026-11-20')).toMatchObject({ mayBid: true, mayBeAwarded: true });
  });

  it('answers "not registered" for an unknown SIRET', () => {
    expect(eligibilityOn(supplierDecider.initialState.eligibility, '2026-11-29').reasons[0]?.code).toBe(
      'not-registered',
    );
  });
});

describe('erasing a contact’s personal data (RGPD art. 17)', () => {
  const CONTACT = '0190c6a4-7c1e-7000-8000-0000000000c1';
  const erase = { type: 'EraseContact' as const, personId: CONTACT, today: '2026-11-29' };
  const erased: SupplierEvent = {
    type: 'supplier.ContactErased',
    data: { personId: CONTACT, erasedOn: '2026-11-29' },
  };

  it('records the erasure of a contact once; erasing again records nothing', () => {
    given(supplierDecider, [registered]).when(erase).then([erased]);
    given(supplierDecider, [registered, erased]).when(erase).then([]);
  });

  it('refuses a person who is not a contact of the supplier', () => {
    const refusal = refusedRule([registered], { ...erase, personId: '0190c6a4-7c1e-7000-8000-0000000000c9' });
    expect(refusal).toMatchObject({ rule: 'unknown-contact', legalReference: 'RGPD art. 17' });
  });
});
