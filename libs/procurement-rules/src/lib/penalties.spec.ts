import {
  CCAG_LABELS,
  checkPenaltyApplication,
  delayPenaltyCents,
  PENALTY_OBSERVATION_DAYS,
  penaltiesDue,
  type Ccag,
} from './penalties';

describe('CCAG labels', () => {
  it('are the values of the DECP field ccag', () => {
    expect(Object.values(CCAG_LABELS).sort()).toEqual(
      [
        'Travaux',
        "Maitrise d'œuvre",
        'Fournitures courantes et services',
        'Marchés industriels',
        'Prestations intellectuelles',
        "Techniques de l'information et de la communication",
        'Pas de CCAG',
      ].sort(),
    );
    expect(CCAG_LABELS.none).toBe('Pas de CCAG');
  });
});

describe('delay penalties (C7, CCAG 2021)', () => {
  it('charges V × days / 1000 under FCS and TIC', () => {
    expect(delayPenaltyCents({ ccag: 'FCS', valueCentsHT: 1_000_000, daysLate: 3 })).toBe(3_000);
    expect(delayPenaltyCents({ ccag: 'TIC', valueCentsHT: 1_000_000, daysLate: 3 })).toBe(3_000);
  });

  it('charges V × days / 3000 under PI, MI, MOE and Travaux (V: the contract amount)', () => {
    for (const ccag of ['PI', 'MI', 'MOE', 'Travaux'] as const) {
      expect(delayPenaltyCents({ ccag, valueCentsHT: 1_500_000, daysLate: 4 })).toBe(2_000);
    }
  });

  it('rounds down to the cent, and charges nothing for no day late', () => {
    expect(delayPenaltyCents({ ccag: 'FCS', valueCentsHT: 1_000_999, daysLate: 1 })).toBe(1_000);
    expect(delayPenaltyCents({ ccag: 'PI', valueCentsHT: 2_999, daysLate: 1 })).toBe(0);
    expect(delayPenaltyCents({ ccag: 'PI', valueCentsHT: 3_000, daysLate: 1 })).toBe(1);
    expect(delayPenaltyCents({ ccag: 'Travaux', valueCentsHT: 1_500_000, daysLate: 0 })).toBe(0);
  });

  it('throws RangeError without a CCAG formula or for a malformed value', () => {
    expect(() => delayPenaltyCents({ ccag: 'none' as never, valueCentsHT: 1, daysLate: 1 })).toThrow(
      RangeError,
    );
    expect(() => delayPenaltyCents({ ccag: 'FCS', valueCentsHT: -1, daysLate: 1 })).toThrow(RangeError);
    expect(() => delayPenaltyCents({ ccag: 'FCS', valueCentsHT: 1, daysLate: 0.5 })).toThrow(RangeError);
  });
});

describe('penalties due (C7: 10 % cap, 1 000 € exoneration)', () => {
  const due = (
    penaltiesCents: number[],
    contractAmountCentsHT = 10_000_000,
    ccag: Ccag = 'FCS',
    derogation = false,
  ) => penaltiesDue({ ccag, derogation, contractAmountCentsHT, penaltiesCents });

  it('exonerates a total of exactly 1 000 € HT (CCAG 2021: "ne dépasse pas"), charges 1 000,01 €', () => {
    expect(due([50_000, 50_000])).toEqual({
      totalCents: 100_000,
      dueCents: 0,
      capCents: 1_000_000,
      capped: false,
      exonerated: true,
    });
    expect(due([50_000, 50_001])).toEqual({
      totalCents: 100_001,
      dueCents: 100_001,
      capCents: 1_000_000,
      capped: false,
      exonerated: false,
    });
    expect(due([])).toMatchObject({ totalCents: 0, dueCents: 0, exonerated: true });
  });

  it('charges a total of exactly 10 % of the contract amount HT, caps one cent more', () => {
    expect(due([150_000], 1_500_000)).toMatchObject({ dueCents: 150_000, capCents: 150_000, capped: false });
    expect(due([100_000, 50_001], 1_500_000)).toEqual({
      totalCents: 150_001,
      dueCents: 150_000,
      capCents: 150_000,
      capped: true,
      exonerated: false,
    });
  });

  it('exonerates before capping: a total under 1 000 € is not due even above the cap', () => {
    expect(due([99_999], 500_000)).toEqual({
      totalCents: 99_999,
      dueCents: 0,
      capCents: 50_000,
      capped: false,
      exonerated: true,
    });
  });

  describe('an accord-cadre executed by bons de commande: the cap is reckoned on the late order (CCAG FCS 14.1.2)', () => {
    // An accord-cadre of 1 000 000 € maximum; a late order of 15 000 € HT: its cap is 1 500 €, not 100 000 €.
    const onOrder = (penaltiesCents: number[], orderAmountCentsHT = 1_500_000) =>
      penaltiesDue({
        ccag: 'FCS',
        derogation: false,
        contractAmountCentsHT: 100_000_000,
        penaltiesCents: [],
        orders: [{ orderAmountCentsHT, penaltiesCents }],
      });

    it('charges penalties of exactly 10 % of the late order, caps one cent more (not 10 % of the maximum)', () => {
      expect(onOrder([150_000])).toMatchObject({ totalCents: 150_000, dueCents: 150_000, capped: false });
      expect(onOrder([100_000, 50_001])).toMatchObject({
        totalCents: 150_001,
        dueCents: 150_000,
        capped: true,
        exonerated: false,
      });
    });

    it('caps each late order on its own amount and adds what is due on each', () => {
      expect(
        penaltiesDue({
          ccag: 'FCS',
          derogation: false,
          contractAmountCentsHT: 100_000_000,
          penaltiesCents: [],
          orders: [
            { orderAmountCentsHT: 1_500_000, penaltiesCents: [200_000] },
            { orderAmountCentsHT: 5_000_000, penaltiesCents: [30_000] },
          ],
        }),
      ).toMatchObject({ totalCents: 230_000, dueCents: 180_000, capped: true });
    });

    it('exonerates on the whole contract: 1 000 € in total over several orders is waived, 1 000,01 € is due', () => {
      const twoOrders = (second: number) =>
        penaltiesDue({
          ccag: 'FCS',
          derogation: false,
          contractAmountCentsHT: 100_000_000,
          penaltiesCents: [],
          orders: [
            { orderAmountCentsHT: 5_000_000, penaltiesCents: [60_000] },
            { orderAmountCentsHT: 5_000_000, penaltiesCents: [second] },
          ],
        });
      expect(twoOrders(40_000)).toMatchObject({ totalCents: 100_000, dueCents: 0, exonerated: true });
      expect(twoOrders(40_001)).toMatchObject({ totalCents: 100_001, dueCents: 100_001, exonerated: false });
    });

    it('throws RangeError for a malformed order amount', () => {
      expect(() => onOrder([1], -1)).toThrow(RangeError);
      expect(() => onOrder([0.5])).toThrow(RangeError);
    });
  });

  it('charges the total as is without a CCAG or with a derogating CCAP', () => {
    const asIs = {
      totalCents: 2_000_000,
      dueCents: 2_000_000,
      capCents: null,
      capped: false,
      exonerated: false,
    };
    expect(due([2_000_000], 1_500_000, 'none')).toEqual(asIs);
    expect(due([2_000_000], 1_500_000, 'Travaux', true)).toEqual(asIs);
    expect(due([500], 1_500_000, 'none')).toMatchObject({ dueCents: 500, exonerated: false });
  });

  it('throws RangeError for an unknown CCAG or a malformed amount', () => {
    expect(() => due([1], 1, 'CCAP' as never)).toThrow(RangeError);
    expect(() => due([-1])).toThrow(RangeError);
    expect(() => due([1], 1.5)).toThrow(RangeError);
    expect(() => due([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});

describe('observations before penalties (C7, 15 days)', () => {
  it('gives 15 days', () => {
    expect(PENALTY_OBSERVATION_DAYS).toBe(15);
  });

  it('refuses penalties applied without inviting observations', () => {
    expect(checkPenaltyApplication({ invitedOn: null, appliedOn: '2025-03-20' })).toEqual({
      rule: 'penalty-observations-not-invited',
      legalReference: 'CCAG 2021',
      message: expect.stringContaining('2025-03-20'),
      values: { appliedOn: '2025-03-20' },
    });
  });

  it('counts the 15 days from the day after the invitation: applied on day 16, not on day 15', () => {
    expect(checkPenaltyApplication({ invitedOn: '2025-03-01', appliedOn: '2025-03-17' })).toBeNull();
    expect(checkPenaltyApplication({ invitedOn: '2025-03-01', appliedOn: '2025-03-16' })).toEqual({
      rule: 'penalty-observation-period-running',
      legalReference: 'CCAG 2021',
      message: expect.stringContaining('2025-03-16'),
      values: {
        invitedOn: '2025-03-01',
        appliedOn: '2025-03-16',
        periodEndsOn: '2025-03-16',
        observationsReceivedOn: null,
      },
    });
  });

  it('accepts penalties once the observations arrived, not observations dated before the invitation', () => {
    const invitedOn = '2025-03-01';
    expect(
      checkPenaltyApplication({ invitedOn, appliedOn: '2025-03-10', observationsReceivedOn: '2025-03-10' }),
    ).toBeNull();
    expect(
      checkPenaltyApplication({ invitedOn, appliedOn: '2025-03-10', observationsReceivedOn: '2025-02-28' })
        ?.rule,
    ).toBe('penalty-observation-period-running');
  });

  it('throws RangeError for a malformed date', () => {
    expect(() => checkPenaltyApplication({ invitedOn: '2025-13-01', appliedOn: '2025-03-20' })).toThrow(
      RangeError,
    );
    expect(() => checkPenaltyApplication({ invitedOn: null, appliedOn: '20/03/2025' })).toThrow(RangeError);
  });
});
