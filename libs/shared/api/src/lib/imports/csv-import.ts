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

export interface CsvImport {
  fileName: string;
  csv: string;
  /** Columns every file must have (the header's names). */
  columns: string[];
  /** The row's key in the report. */
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
  for (const [index, record] of parseCsvRecords(file.csv, file.columns).entries()) {
    const line = index + 2;
    const key = file.keyOf(record);
    try {
      results.push({ line, key, outcome: await file.importRow(record) });
    } catch (error) {
      if (error instanceof RowRefused) {
        results.push({ line, key, outcome: 'refused', rule: error.rule, detail: error.message });
      } else if (error instanceof DomainError) {
        const { rule, legalReference } = error.refusal;
        results.push({
          line,
          key,
          outcome: 'refused',
          rule,
          ...(legalReference ? { legalReference } : {}),
          detail: error.message,
        });
      } else {
        throw error;
      }
    }
  }
  const count = (outcome: RowOutcome) => results.filter((result) => result.outcome === outcome).length;
  return {
    fileName: file.fileName,
    rows: results.length,
    accepted: count('accepted'),
    unchanged: count('unchanged'),
    refused: count('refused'),
    results,
  };
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

/** Rows as records keyed by the header's names; `,` or `;` separated, whichever the header uses more. */
function parseCsvRecords(csv: string, columns: string[]): Record<string, string>[] {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Record<string, string>[];
  try {
    // A row short of fields is that row's problem (its fields fail validation), not the whole file's.
    records = parse(csv, {
      bom: true,
      columns: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new ProblemException('validation-failed', `The file is not valid CSV: ${(error as Error).message}`);
  }
  const present = Object.keys(records[0] ?? {});
  const missing = columns.filter((column) => !present.includes(column));
  if (records.length > 0 && missing.length > 0) {
    throw new ProblemException('validation-failed', `The file lacks the column(s) ${missing.join(', ')}.`, {
      errors: missing.map((column) => ({ field: column, message: 'column missing from the header' })),
    });
  }
  return records;
}
