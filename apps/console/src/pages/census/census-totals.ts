/** One member's answer to a census, as the census view gives it. */
export interface SubmittedNeeds {
  memberSiret: string;
  needs: { lot: number; annualCents: number; optionsAnnualCents: number }[];
}

/** Per lot, the annual needs the members expressed (with their options), in cents HT. */
export function annualTotalsPerLot(
  lots: readonly { number: number }[],
  answers: readonly SubmittedNeeds[],
): { lot: number; annualCents: number; optionsAnnualCents: number; members: number }[] {
  return lots.map(({ number }) => {
    const needs = answers.flatMap((answer) => answer.needs.filter((need) => need.lot === number));
    return {
      lot: number,
      annualCents: needs.reduce((sum, need) => sum + need.annualCents, 0),
      optionsAnnualCents: needs.reduce((sum, need) => sum + need.optionsAnnualCents, 0),
      members: needs.filter((need) => need.annualCents + need.optionsAnnualCents > 0).length,
    };
  });
}
