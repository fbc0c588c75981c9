import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { findCpv } from '@mutualis/procurement-rules';
import { CommandContext, fieldErrors, ProblemException } from '@mutualis/shared/api';
import { DomainError } from '@mutualis/shared/event-sourcing';
import { supplierStream } from '@mutualis/shared/contracts';
import { validSiret } from '@mutualis/supplier/domain';
import { RegisterSupplierBody } from '../http/supplier.dto';
import { SupplierRegistry } from '../supplier-registry';
import { registrationOf } from './import-row';

export type RowOutcome = 'registered' | 'unchanged' | 'refused';

export interface RowResult {
  /** Line in the file (the header is line 1). */
  line: number;
  siret: string;
  outcome: RowOutcome;
  rule?: string;
  legalReference?: string;
  detail?: string;
}

export interface ImportReport {
  fileName: string;
  rows: number;
  registered: number;
  unchanged: number;
  refused: number;
  results: RowResult[];
}

const REQUIRED_COLUMNS = ['siret', 'raison_sociale', 'adresse', 'code_postal', 'ville', 'taille', 'cpv'];

/**
 * Bulk registration of suppliers from a CSV file: each row is checked and registered on its own, so one bad row
 * never blocks the others, and the report says what became of every row. A row whose supplier is already
 * registered with the same facts is "unchanged": re-running a file changes nothing.
 */
@Injectable()
export class SupplierImport {
  constructor(@Inject(SupplierRegistry) private readonly registry: SupplierRegistry) {}

  async run(fileName: string, csv: string, context: CommandContext): Promise<ImportReport> {
    const records = parseCsv(csv);
    const results: RowResult[] = [];
    for (const [index, record] of records.entries()) {
      results.push(await this.importRow(index + 2, record, context));
    }
    const count = (outcome: RowOutcome) => results.filter((result) => result.outcome === outcome).length;
    return {
      fileName,
      rows: results.length,
      registered: count('registered'),
      unchanged: count('unchanged'),
      refused: count('refused'),
      results,
    };
  }

  private async importRow(
    line: number,
    record: Record<string, string>,
    context: CommandContext,
  ): Promise<RowResult> {
    const given = record['siret'] ?? '';
    try {
      const body = plainToInstance(RegisterSupplierBody, registrationOf(record));
      const errors = await validate(body, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) {
        return {
          line,
          siret: given,
          outcome: 'refused',
          rule: 'invalid-row',
          detail: fieldErrors(errors)
            .map((error) => `${error.field}: ${error.message}`)
            .join('; '),
        };
      }
      const siret = validSiret(body.siret);
      const { state } = await this.registry.loadEvenUnregistered(siret);
      if (state.registration) {
        return sameRegistration(state.registration, state.cpvCodes, body)
          ? { line, siret, outcome: 'unchanged' }
          : {
              line,
              siret,
              outcome: 'refused',
              rule: 'supplier-already-registered',
              detail: `${supplierStream(siret)} is already registered with other details`,
            };
      }
      const contacts = await this.registry.sealContacts(body.contacts);
      await this.registry.handle(siret, { type: 'RegisterSupplier', ...body, contacts }, context);
      return { line, siret, outcome: 'registered' };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const { rule, legalReference } = error.refusal;
      return {
        line,
        siret: given,
        outcome: 'refused',
        rule,
        ...(legalReference ? { legalReference } : {}),
        detail: error.message,
      };
    }
  }
}

/** Rows as records keyed by the header's column names; a file that is not CSV is refused whole. */
function parseCsv(csv: string): Record<string, string>[] {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Record<string, string>[];
  try {
    records = parse(csv, { bom: true, columns: true, delimiter, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new ProblemException('validation-failed', `The file is not valid CSV: ${(error as Error).message}`);
  }
  const columns = Object.keys(records[0] ?? {});
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (records.length > 0 && missing.length > 0) {
    throw new ProblemException('validation-failed', `The file lacks the column(s) ${missing.join(', ')}.`, {
      errors: missing.map((column) => ({ field: column, message: 'column missing from the header' })),
    });
  }
  return records;
}

function sameRegistration(
  registered: {
    legalName: string;
    size: string;
    address: { street: string; postalCode: string; city: string };
  },
  currentCpvCodes: string[],
  body: RegisterSupplierBody,
): boolean {
  const codes = new Set(body.cpvCodes.map((code) => findCpv(code)?.code ?? code));
  return (
    registered.legalName === body.legalName.trim() &&
    registered.size === body.size &&
    registered.address.street === body.address.street &&
    registered.address.postalCode === body.address.postalCode &&
    registered.address.city === body.address.city &&
    codes.size === currentCpvCodes.length &&
    currentCpvCodes.every((code) => codes.has(code))
  );
}
