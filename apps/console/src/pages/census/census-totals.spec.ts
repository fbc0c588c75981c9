import { annualTotalsPerLot } from './census-totals';

describe('the annual needs per lot', () => {
  it('adds the members’ answers lot by lot, options apart, counting who expressed a need', () => {
    const totals = annualTotalsPerLot(
      [{ number: 1 }, { number: 2 }, { number: 3 }],
      [
        {
          memberSiret: 'a',
          needs: [
            { lot: 1, annualCents: 100_00, optionsAnnualCents: 10_00 },
            { lot: 2, annualCents: 0, optionsAnnualCents: 0 },
          ],
        },
        { memberSiret: 'b', needs: [{ lot: 1, annualCents: 50_00, optionsAnnualCents: 0 }] },
      ],
    );
    expect(totals).toEqual([
      { lot: 1, annualCents: 150_00, optionsAnnualCents: 10_00, members: 2 },
      { lot: 2, annualCents: 0, optionsAnnualCents: 0, members: 0 },
      { lot: 3, annualCents: 0, optionsAnnualCents: 0, members: 0 },
    ]);
  });
});
