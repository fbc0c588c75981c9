/**
 * The dated values of the tender lifecycle (domain-rules §2, §5; rules T2 to T5, T10, T11), as a table of periods.
 * A decision reads the period in force on the consultation's launch date and records its id, so that replaying it
 * years later gives the same answer: a period in force is never edited; a change of law closes the open period and
 * appends a new one (README, "Dated tables"). Amounts are integer euro cents HT.
 */
import { compareDates } from './calendar';
import { euros, requireDate } from './input-checks';

/** The buyer categories of the EU thresholds: collectivités and their EPs, central authorities, utilities (EA). */
export type BuyerCategory = 'sub-central' | 'central' | 'utility';
export type ContractNature = 'supplies' | 'services' | 'works';

export interface ThresholdValues {
  /** T2 (L2124-1, CCP annexe 2): a formalised procedure from this estimated value up. */
  readonly euCents: Readonly<Record<BuyerCategory, Readonly<Record<ContractNature, number>>>>;
  /**
   * Social and other specific services of the CCP's annex (classic buyers / utilities): MAPA below (R2123-1 3°),
   * used by determineProcedure in place of the services threshold when a tender says its services are of them.
   */
  readonly socialServicesEuCents: { readonly classic: number; readonly utility: number };
  /** T3: no publicity and no competition strictly below these values (R2122-8; innovative: R2122-9-1). */
  readonly dispenseBelowCents: {
    readonly works: number;
    readonly suppliesServices: number;
    readonly innovative: number;
  };
  /** T5 (R2131-12): a MAPA's publicity is free below `freeBelowCents`, then `mapaNotice` up to the EU threshold. */
  readonly publicity: { readonly freeBelowCents: number; readonly mapaNotice: 'boamp-or-jal' };
  /** T4 (R2123-1 2°): a lot of a formalised operation may follow MAPA below its cap, all such lots ≤ the share. */
  readonly smallLots: {
    readonly suppliesServicesBelowCents: number;
    readonly worksBelowCents: number;
    readonly maxSharePercent: number;
  };
  /** T11 (R2142-7): the highest minimum annual turnover a buyer may require, in % of the estimated value. */
  readonly maxTurnoverPercent: number;
  /** T10 (L2152-7, R2152-7): whether one criterion must be environmental, whether price may be the only one. */
  readonly criteria: { readonly environmentalRequired: boolean; readonly singlePriceAllowed: boolean };
}

/** The values in force from `from` to `until` (both included; null: until a later period is added). */
export interface ThresholdPeriod {
  /** The period's id, recorded with the decisions taken on it: its first day. */
  readonly from: string;
  readonly until: string | null;
  readonly values: ThresholdValues;
}

/** F/S thresholds per buyer category; works share one threshold whoever buys. */
function euThresholds(suppliesServices: Record<BuyerCategory, number>, works: number) {
  const of = (category: BuyerCategory) => ({
    supplies: suppliesServices[category],
    services: suppliesServices[category],
    works,
  });
  return { 'sub-central': of('sub-central'), central: of('central'), utility: of('utility') };
}

// Notice of 7/12/2023 (Reg. (EU) 2023/2495 and its twins), domain-rules §2.1, "2024-2025" column.
const EU_2024_2025 = euThresholds(
  { 'sub-central': euros(221_000), central: euros(143_000), utility: euros(443_000) },
  euros(5_538_000),
);
// Notice JORF 26/12/2025 = CCP annexe 2 (Reg. (EU) 2025/2150 and 2025/2152), domain-rules §2.1: the values went down.
const EU_2026_2027 = euThresholds(
  { 'sub-central': euros(216_000), central: euros(140_000), utility: euros(432_000) },
  euros(5_404_000),
);
// Fixed in the directives, not revised every two years. UNCONFIRMED for the 2026 French annex (domain-rules §2.1, §12).
const SOCIAL_SERVICES = { classic: euros(750_000), utility: euros(1_000_000) };
// R2131-12 1° and 2°: 90 000 € over the whole table. The "BOAMP or JAL" wording of 2° is UNCONFIRMED (§2.3, §12).
const PUBLICITY = { freeBelowCents: euros(90_000), mapaNotice: 'boamp-or-jal' } as const;
// R2123-1 2°, domain-rules §2.4. For a framework agreement with a minimum, a glossary applies the 20 % to the
// minimum: UNCONFIRMED, so not encoded; the share is computed on the lots' estimated values.
const SMALL_LOTS = {
  suppliesServicesBelowCents: euros(80_000),
  worksBelowCents: euros(1_000_000),
  maxSharePercent: 20,
};
// Until 20/08/2026, R2152-7 allows a single price or a single cost criterion (domain-rules §5).
const CRITERIA_UNTIL_CLIMATE_LAW = { environmentalRequired: false, singlePriceAllowed: true };

const PERIOD_2024 = {
  from: '2024-01-01',
  until: '2025-12-31',
  values: {
    euCents: EU_2024_2025,
    socialServicesEuCents: SOCIAL_SERVICES,
    dispenseBelowCents: {
      // 100 000 € works kept by décret 2022-1683 (to 31/12/2024) then décret 2024-1217 (to 31/12/2025), §2.2 [S10].
      works: euros(100_000),
      suppliesServices: euros(40_000),
      // Décret 2021-1634 (R2122-9-1), domain-rules §2.2.
      innovative: euros(100_000),
    },
    publicity: PUBLICITY,
    smallLots: SMALL_LOTS,
    maxTurnoverPercent: 200, // R2142-7 before décret 2025-1383: twice the estimated value.
    criteria: CRITERIA_UNTIL_CLIMATE_LAW,
  },
} satisfies ThresholdPeriod;

// Décrets 2025-1386 and 2025-1383 of 29/12/2025, consultations launched from 1/1/2026 (domain-rules §2.2).
const PERIOD_2026_JANUARY = {
  from: '2026-01-01',
  until: '2026-03-31',
  values: {
    ...PERIOD_2024.values,
    euCents: EU_2026_2027,
    dispenseBelowCents: {
      works: euros(100_000), // now permanent (décret 2025-1386)
      suppliesServices: euros(40_000), // 60 000 € only from 1/4/2026
      // UNCONFIRMED in the final text: a draft raised it to the EU threshold (140 000 €) from 1/1/2026 (§2.2, §12).
      innovative: euros(100_000),
    },
    maxTurnoverPercent: 150, // R2142-7 as amended by décret 2025-1383: 1.5 × the estimated value.
  },
} satisfies ThresholdPeriod;

// Décret 2025-1386: supplies and services dispensed below 60 000 € HT from 1/4/2026 (domain-rules §2.2).
const PERIOD_2026_APRIL = {
  from: '2026-04-01',
  until: '2026-08-20',
  values: {
    ...PERIOD_2026_JANUARY.values,
    dispenseBelowCents: { ...PERIOD_2026_JANUARY.values.dispenseBelowCents, suppliesServices: euros(60_000) },
  },
} satisfies ThresholdPeriod;

// Loi 2021-1104 art. 35 and décret 2022-767: consultations engaged from 21/08/2026 need an environmental criterion,
// and price can no longer be the only one; a single cost criterion stays possible (domain-rules §5).
const PERIOD_2026_AUGUST = {
  from: '2026-08-21',
  until: null,
  values: {
    ...PERIOD_2026_APRIL.values,
    criteria: { environmentalRequired: true, singlePriceAllowed: false },
  },
} satisfies ThresholdPeriod;

/** The periods, oldest first, contiguous; the last one is open (`until: null`). */
export const THRESHOLD_PERIODS: readonly ThresholdPeriod[] = deepFreeze([
  PERIOD_2024,
  PERIOD_2026_JANUARY,
  PERIOD_2026_APRIL,
  PERIOD_2026_AUGUST,
]);

/** The period in force on `date` ('YYYY-MM-DD'); RangeError before the first period or for a malformed date. */
export function thresholdsOn(date: string): ThresholdPeriod {
  requireDate('date', date);
  const period = THRESHOLD_PERIODS.find(
    ({ from, until }) => compareDates(from, date) <= 0 && (until === null || compareDates(date, until) <= 0),
  );
  if (!period) {
    throw new RangeError(`no threshold table is in force on ${date}: the first starts on ${firstDay()}`);
  }
  return period;
}

function firstDay(): string {
  return THRESHOLD_PERIODS[0]!.from;
}

// The table is shared by every caller of the module: a mutation would rewrite history for all of them.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
