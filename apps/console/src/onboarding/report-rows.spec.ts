import { outcomeCounts, ReportRow, reportPage } from './report-rows';

const rows: ReportRow[] = Array.from({ length: 45 }, (_, index) => ({
  line: index + 2,
  key: String(21440000000000 + index),
  outcome: index % 3 === 0 ? 'refused' : index % 3 === 1 ? 'accepted' : 'unchanged',
  ...(index % 3 === 0 ? { rule: 'deliberation-required', legalReference: 'CE 25/04/1994' } : {}),
}));

describe('the onboarding report, filtered and paged', () => {
  it('shows the rows of one outcome only, in the order of the file', () => {
    const page = reportPage(rows, 'refused', 1, 10);
    expect(page.matching).toBe(15);
    expect(page.rows.map((row) => row.line)).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    expect(page.pages).toBe(2);
  });

  it('shows every row without a filter, a page at a time', () => {
    const page = reportPage(rows, 'all', 3, 20);
    expect(page.rows.map((row) => row.line)).toEqual([42, 43, 44, 45, 46]);
    expect([page.page, page.pages]).toEqual([3, 3]);
  });

  it('shows the last page for a page past it, and one empty page when nothing matches', () => {
    expect(reportPage(rows, 'all', 9, 20).page).toBe(3);
    expect(reportPage([], 'refused', 1, 20)).toEqual({ rows: [], matching: 0, page: 1, pages: 1 });
  });

  it('counts the rows of each outcome', () => {
    expect(outcomeCounts(rows)).toEqual({ accepted: 15, unchanged: 15, refused: 15 });
  });
});
