import { checkModification, MODIFICATION_GROUNDS, type ModificationFacts } from './modifications';

// 10 000 € HT of supplies under a 216 000 € HT EU threshold.
const facts = (overrides: Partial<ModificationFacts>): ModificationFacts => ({
  nature: 'supplies',
  initialCents: 1_000_000,
  euThresholdCents: 21_600_000,
  buyer: 'sub-central',
  formalised: false,
  earlier: [],
  ground: 'non-substantial',
  amountCents: 0,
  changesNature: false,
  ...overrides,
});
const rules = (overrides: Partial<ModificationFacts>) =>
  checkModification(facts(overrides)).breaches.map((breach) => breach.rule);

describe('modification grounds (C3, L2194-1)', () => {
  it('names the article and the French label of every ground', () => {
    expect(MODIFICATION_GROUNDS['review-clause']).toEqual({
      article: 'R2194-1',
      label: 'clause de réexamen',
    });
    expect(Object.values(MODIFICATION_GROUNDS).map((ground) => ground.article)).toEqual([
      'R2194-1',
      'R2194-2',
      'R2194-5',
      'R2194-6',
      'R2194-7',
      'R2194-8',
    ]);
  });

  it('refuses a modification that changes the nature of the contract, whatever its ground (L2194-1)', () => {
    expect(checkModification(facts({ changesNature: true })).breaches).toEqual([
      {
        rule: 'modification-changes-nature',
        legalReference: 'L2194-1',
        message: expect.any(String),
        values: { ground: 'non-substantial' },
      },
    ]);
    expect(rules({ ground: 'review-clause', changesNature: true })).toEqual(['modification-changes-nature']);
    expect(rules({ changesNature: false })).toEqual([]);
  });

  it('throws RangeError for an unknown ground, of this modification or an earlier one', () => {
    const ground = 'urgency' as unknown as ModificationFacts['ground'];
    expect(() => checkModification(facts({ ground }))).toThrow(RangeError);
    expect(() => checkModification(facts({ earlier: [{ ground, amountCents: 1 }] }))).toThrow(RangeError);
  });
});

describe('de minimis modifications (C1, R2194-8, R2194-9)', () => {
  const deMinimis = (amountCents: number, overrides: Partial<ModificationFacts> = {}) =>
    rules({ ground: 'de-minimis', initialCents: 1_000_000_000, amountCents, ...overrides });

  it('accepts a modification one cent under the EU threshold, refuses one at it (R2194-8)', () => {
    expect(deMinimis(21_599_999)).toEqual([]);
    expect(
      checkModification(facts({ ground: 'de-minimis', initialCents: 1_000_000_000, amountCents: 21_600_000 }))
        .breaches,
    ).toEqual([
      {
        rule: 'de-minimis-above-eu-threshold',
        legalReference: 'R2194-8',
        message: expect.stringContaining('21600000 cents HT'),
        values: { amountCents: 21_600_000, cumulatedCents: 21_600_000, euThresholdCents: 21_600_000 },
      },
    ]);
  });

  it('cumulates the de minimis modifications against the EU threshold too (R2194-9)', () => {
    const earlier = [{ ground: 'de-minimis' as const, amountCents: 20_000_000 }];
    expect(deMinimis(1_599_999, { earlier })).toEqual([]);
    expect(deMinimis(1_600_000, { earlier })).toEqual(['de-minimis-above-eu-threshold']);
  });

  it('compares a reduction with the EU threshold by its absolute amount', () => {
    expect(deMinimis(-21_599_999)).toEqual([]);
    expect(deMinimis(-21_600_000)).toEqual(['de-minimis-above-eu-threshold']);
  });

  it('accepts cumulated supplies modifications one cent under 10 %, refuses exactly 10 % (R2194-9)', () => {
    const earlier = [{ ground: 'de-minimis' as const, amountCents: 50_000 }];
    expect(rules({ ground: 'de-minimis', earlier, amountCents: 49_999 })).toEqual([]);
    expect(checkModification(facts({ ground: 'de-minimis', earlier, amountCents: 50_000 })).breaches).toEqual(
      [
        {
          rule: 'de-minimis-cap-reached',
          legalReference: 'R2194-9',
          message: expect.stringContaining('10 %'),
          values: {
            amountCents: 50_000,
            cumulatedCents: 100_000,
            capCents: 100_000,
            initialCents: 1_000_000,
            percent: 10,
          },
        },
      ],
    );
  });

  it('caps services at 10 % and works at 15 %', () => {
    expect(rules({ nature: 'services', ground: 'de-minimis', amountCents: 99_999 })).toEqual([]);
    expect(rules({ nature: 'services', ground: 'de-minimis', amountCents: 100_000 })).toEqual([
      'de-minimis-cap-reached',
    ]);
    expect(rules({ nature: 'works', ground: 'de-minimis', amountCents: 149_999 })).toEqual([]);
    expect(
      checkModification(facts({ nature: 'works', ground: 'de-minimis', amountCents: 150_000 })).breaches[0]
        ?.values,
    ).toMatchObject({ cumulatedCents: 150_000, capCents: 150_000, percent: 15 });
  });

  it('reaches the cap at the exact percentage when it is not a whole number of cents', () => {
    // 10 % of 1 001 cents is 100.1 cents: 100 stays under it, 101 reaches it.
    expect(rules({ ground: 'de-minimis', initialCents: 1_001, amountCents: 100 })).toEqual([]);
    expect(
      checkModification(facts({ ground: 'de-minimis', initialCents: 1_001, amountCents: 101 })).breaches[0]
        ?.values,
    ).toMatchObject({ cumulatedCents: 101, capCents: 101 });
  });

  it('adds the absolute amounts, so that a reduction makes no room for an increase (UNCONFIRMED reading)', () => {
    const earlier = [{ ground: 'de-minimis' as const, amountCents: -60_000 }];
    expect(rules({ ground: 'de-minimis', earlier, amountCents: 39_999 })).toEqual([]);
    expect(rules({ ground: 'de-minimis', earlier, amountCents: 40_000 })).toEqual(['de-minimis-cap-reached']);
    expect(rules({ ground: 'de-minimis', earlier: [], amountCents: -100_000 })).toEqual([
      'de-minimis-cap-reached',
    ]);
  });

  it('counts only de minimis modifications: not the unforeseeable ones (RM Sénat 30/03/2023)', () => {
    const earlier = [
      { ground: 'unforeseeable' as const, amountCents: 400_000 },
      { ground: 'non-substantial' as const, amountCents: 90_000 },
      { ground: 'de-minimis' as const, amountCents: 90_000 },
    ];
    expect(rules({ ground: 'de-minimis', earlier, amountCents: 9_999 })).toEqual([]);
    expect(rules({ ground: 'de-minimis', earlier, amountCents: 10_000 })).toEqual(['de-minimis-cap-reached']);
  });

  it('does not cap the other grounds at 10 %', () => {
    const earlier = [{ ground: 'de-minimis' as const, amountCents: 99_999 }];
    expect(rules({ ground: 'non-substantial', earlier, amountCents: 300_000 })).toEqual([]);
  });

  it('reports both de minimis breaches together', () => {
    expect(rules({ ground: 'de-minimis', euThresholdCents: 100_000, amountCents: 100_000 })).toEqual([
      'de-minimis-above-eu-threshold',
      'de-minimis-cap-reached',
    ]);
  });
});

describe('supplementary and unforeseeable modifications (C2, R2194-3, R2194-10)', () => {
  it('accepts exactly 50 % of the initial amount, refuses one cent more (R2194-3)', () => {
    expect(rules({ ground: 'supplementary', amountCents: 500_000 })).toEqual([]);
    expect(checkModification(facts({ ground: 'supplementary', amountCents: 500_001 })).breaches).toEqual([
      {
        rule: 'modification-over-half',
        legalReference: 'R2194-3',
        message: expect.stringContaining('50 %'),
        values: { amountCents: 500_001, maxCents: 500_000, initialCents: 1_000_000, percent: 50 },
      },
    ]);
    expect(rules({ ground: 'unforeseeable', amountCents: 500_000 })).toEqual([]);
    expect(rules({ ground: 'unforeseeable', amountCents: 500_001 })).toEqual(['modification-over-half']);
    expect(rules({ ground: 'unforeseeable', amountCents: -500_001 })).toEqual(['modification-over-half']);
  });

  it('does not cap the modifications of an entité adjudicatrice (R2194-3 binds pouvoirs adjudicateurs)', () => {
    expect(rules({ ground: 'supplementary', buyer: 'utility', amountCents: 500_001 })).toEqual([]);
  });

  it('judges each modification alone, and leaves the other grounds uncapped', () => {
    const earlier = [{ ground: 'supplementary' as const, amountCents: 500_000 }];
    expect(rules({ ground: 'supplementary', earlier, amountCents: 500_000 })).toEqual([]);
    expect(rules({ ground: 'review-clause', amountCents: 2_000_000 })).toEqual([]);
    expect(rules({ ground: 'new-contractor', amountCents: 2_000_000 })).toEqual([]);
  });

  it('compares exactly beyond the safe integers (cents × percent)', () => {
    const initialCents = Number.MAX_SAFE_INTEGER; // half is 4503599627370495.5
    expect(rules({ ground: 'supplementary', initialCents, amountCents: 4_503_599_627_370_495 })).toEqual([]);
    expect(rules({ ground: 'supplementary', initialCents, amountCents: 4_503_599_627_370_496 })).toEqual([
      'modification-over-half',
    ]);
  });

  it('requires an avis de modification in the JOUE for these grounds of a formalised contract (R2194-10)', () => {
    const notice = (overrides: Partial<ModificationFacts>) =>
      checkModification(facts(overrides)).joueNoticeRequired;
    expect(notice({ ground: 'supplementary', formalised: true })).toBe(true);
    expect(notice({ ground: 'unforeseeable', formalised: true })).toBe(true);
    expect(notice({ ground: 'unforeseeable', formalised: true, amountCents: 900_000 })).toBe(true);
    expect(notice({ ground: 'supplementary', formalised: false })).toBe(false);
    expect(notice({ ground: 'de-minimis', formalised: true })).toBe(false);
    expect(notice({ ground: 'non-substantial', formalised: true })).toBe(false);
  });
});

describe('malformed modifications', () => {
  it('throws RangeError for a bad nature, initial amount, threshold or amount', () => {
    const nature = 'concession' as unknown as ModificationFacts['nature'];
    expect(() => checkModification(facts({ nature }))).toThrow(RangeError);
    expect(() => checkModification(facts({ initialCents: 0 }))).toThrow(RangeError);
    expect(() => checkModification(facts({ initialCents: 10.5 }))).toThrow(RangeError);
    expect(() => checkModification(facts({ euThresholdCents: -1 }))).toThrow(RangeError);
    expect(() => checkModification(facts({ amountCents: 1.5 }))).toThrow(RangeError);
    expect(() => checkModification(facts({ amountCents: Number.MAX_SAFE_INTEGER + 1 }))).toThrow(RangeError);
    expect(() => checkModification(facts({ earlier: [{ ground: 'de-minimis', amountCents: NaN }] }))).toThrow(
      RangeError,
    );
  });

  it('throws RangeError when the cumulated de minimis amounts leave the safe integers', () => {
    const earlier = [{ ground: 'de-minimis' as const, amountCents: Number.MAX_SAFE_INTEGER }];
    expect(() => checkModification(facts({ ground: 'de-minimis', earlier, amountCents: 1 }))).toThrow(
      RangeError,
    );
  });
});
