/** One row of an onboarding report, as the job's result gives it. */
export interface ReportRow {
  line: number;
  key: string;
  outcome: 'accepted' | 'unchanged' | 'refused';
  rule?: string;
  legalReference?: string;
  detail?: string;
}

export type OutcomeFilter = ReportRow['outcome'] | 'all';

/** A page of the rows that pass a filter, and how many pages there are. */
export interface ReportPage {
  rows: ReportRow[];
  matching: number;
  page: number;
  pages: number;
}

/** The rows of one outcome (or all), `pageSize` at a time; a page past the last shows the last. */
export function reportPage(
  rows: readonly ReportRow[],
  outcome: OutcomeFilter,
  page: number,
  pageSize: number,
): ReportPage {
  const matching = outcome === 'all' ? rows : rows.filter((row) => row.outcome === outcome);
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const shown = Math.min(Math.max(1, page), pages);
  return {
    rows: matching.slice((shown - 1) * pageSize, shown * pageSize),
    matching: matching.length,
    page: shown,
    pages,
  };
}

/** How many rows have each outcome. */
export function outcomeCounts(rows: readonly ReportRow[]): Record<ReportRow['outcome'], number> {
  const counts = { accepted: 0, unchanged: 0, refused: 0 };
  for (const row of rows) counts[row.outcome]++;
  return counts;
}
