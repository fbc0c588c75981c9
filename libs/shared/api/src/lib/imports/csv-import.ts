import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DomainError } from '@mutualis/shared/event-sourcing';
import { ProblemException } from '../errors/problem.exception';
import { fieldErrors } from '../errors/validation-problem';

export type RowOutcome = 'accepted' | 'unchanged' | 'refused';

export interface RowResult {
  /** Line in the file (the header is line 1). */
  line: number;
  /** What identifies the row for people: a SIRET, as given. */
  key: string;
  outcome: RowOutcome;
  rule?: string;
  legalReference?: string;
  detail?: string;
}

export interface ImportReport {
  fileName: string;
  rows: number;
  accepted: number;
  unchanged: number;
  refused: number;
  results: RowResult[];
}

/** A row refused before any command ran (a missing or malformed field). */
export class RowRefused extends Error {
  constructor(
    readonly rule: string,
    detail: string,
  ) {
    super(detail);
  }
}

export interface CsvImport extends RowImport {
  fileName: string;
  csv: string;
  /** Columns every file must have (the header's names). */
  columns: string[];
}

/** A row of a file, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** How one row is imported: its key in the report, and the import itself. */
export interface RowImport {
  keyOf(record: Record<string, string>): string;
  /** Imports one row: `accepted` when it changed something, `unchanged` when it was already so. */
  importRow(record: Record<string, string>): Promise<'accepted' | 'unchanged'>;
}

/**
 * Imports a CSV file row by row, so that one bad row never blocks the others, and reports what became of each. A
 * row refused by a business rule or by validation is reported with the rule; any other failure stops the import.
 * A file that is not CSV, or lacks a column, is refused whole (400).
 */
export async function runCsvImport(file: CsvImport): Promise<ImportReport> {
  const results: RowResult[] = [];
  for (const record of readCsvFile(file.csv, file.columns)) results.push(await importCsvRow(record, file));
  return importReport(file.fileName, results);
}

/** One row imported, or refused with the rule that refused it; any other failure is thrown. */
export async function importCsvRow(record: CsvRecord, rows: RowImport): Promise<RowResult> {
  const key = rows.keyOf(record.values);
  try {
    return { line: record.line, key, outcome: await rows.importRow(record.values) };
  } catch (error) {
    return refusedRow(record.line, key, error);
  }
}

/** The result of a row refused by validation or a business rule; any other error is thrown again. */
export function refusedRow(line: number, key: string, error: unknown): RowResult {
  if (error instanceof RowRefused) {
    return { line, key, outcome: 'refused', rule: error.rule, detail: error.message };
  }
  if (error instanceof DomainError) {
    const { rule, legalReference } = error.refusal;
    return {
      line,
      key,
      outcome: 'refused',
      rule,
      ...(legalReference ? { legalReference } : {}),
      detail: error.message,
    };
  }
  throw error;
}

/** The report of an import from the results of its rows. */
export function importReport(fileName: string, results: RowResult[]): ImportReport {
  const count = (outcome: RowOutcome) => results.filter((result) => result.outcome === outcome).length;
  return {
    fileName,
    rows: results.length,
    accepted: count('accepted'),
    unchanged: count('unchanged'),
    refused: count('refused'),
    results,
  };
}

/** The report as a CSV file people open in a spreadsheet: one line per row of the file, `;`-separated. */
export function importReportCsv(report: ImportReport): string {
  const header = ['ligne', 'identifiant', 'résultat', 'règle', 'article', 'détail'];
  const OUTCOMES: Record<RowOutcome, string> = {
    accepted: 'accepté',
    unchanged: 'inchangé',
    refused: 'refusé',
  };
  const cell = (value: string | number | undefined) => {
    // A cell that starts like a formula is shown as text: a spreadsheet would otherwise run it.
    const text = String(value ?? '').replace(/^[=+\-@\t\r]/, "'$&");
    return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = report.results.map((result) =>
    [result.line, result.key, OUTCOMES[result.outcome], result.rule, result.legalReference, result.detail]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}

/** A row turned into a request DTO and validated as the API validates bodies; refused with every field at fault. */
export async function validatedRow<Body extends object>(dto: new () => Body, plain: object): Promise<Body> {
  const body = plainToInstance(dto, plain);
  const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new RowRefused(
      'invalid-row',
      fieldErrors(errors)
        .map((error) => `${error.field}: ${error.message}`)
        .join('; '),
    );
  }
  return body;
}

/**
 * The rows of a CSV file as records keyed by the header's names, each with its line; `,` or `;` separated,
 * whichever the header uses more. A file that is not valid CSV is refused (400) naming the line and the column at
 * fault, a file without a required column naming the columns.
 */
export function readCsvFile(csv: string, columns: string[]): CsvRecord[] {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    // A row short of fields is that row's problem (its fields fail validation), not the whole file's.
    parsed = parse(csv, {
      bom: true,
      columns: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    });
  } catch (error) {
    const { lines, column } = error as { lines?: number; column?: string | number | null };
    const where = [lines ? `line ${lines}` : '', column != null ? `column ${column}` : ''].filter(Boolean);
    throw new ProblemException(
      'validation-failed',
      `The file is not valid CSV${where.length ? ` (${where.join(', ')})` : ''}: ${(error as Error).message}`,
      { errors: [{ field: where.join(', ') || 'file', message: (error as Error).message }] },
    );
  }
  const present = Object.keys(parsed[0]?.record ?? {});
  const missing = columns.filter((column) => !present.includes(column));
  if (parsed.length > 0 && missing.length > 0) {
    throw new ProblemException(
      'validation-failed',
      `The file lacks the column(s) ${missing.join(', ')} (line 1, the header).`,
      {
        errors: missing.map((column) => ({
          field: column,
          message: 'column missing from the header (line 1)',
        })),
      },
    );
  }
  return parsed.map(({ record, info }) => ({ line: info.lines, values: record }));
}
