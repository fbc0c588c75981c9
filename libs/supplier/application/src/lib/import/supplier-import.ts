import { Inject, Injectable } from '@nestjs/common';
import { findCpv } from '@mutualis/procurement-rules';
import { CommandContext, ImportReport, RowRefused, runCsvImport, validatedRow } from '@mutualis/shared/api';
import { supplierStream } from '@mutualis/shared/contracts';
import { validSiret } from '@mutualis/supplier/domain';
import { RegisterSupplierBody } from '../http/supplier.dto';
import { SupplierRegistry } from '../supplier-registry';
import { registrationOf } from './import-row';

const COLUMNS = ['siret', 'raison_sociale', 'adresse', 'code_postal', 'ville', 'taille', 'cpv'];

/**
 * Bulk registration of suppliers from a CSV file, row by row (see runCsvImport). A row whose supplier is already
 * registered with the same facts is "unchanged": re-running a file changes nothing; with other facts, refused.
 */
@Injectable()
export class SupplierImport {
  constructor(@Inject(SupplierRegistry) private readonly registry: SupplierRegistry) {}

  run(fileName: string, csv: string, context: CommandContext): Promise<ImportReport> {
    return runCsvImport({
      fileName,
      csv,
      columns: COLUMNS,
      keyOf: (record) => record['siret'] ?? '',
      importRow: (record) => this.importRow(record, context),
    });
  }

  private async importRow(record: Record<string, string>, context: CommandContext) {
    const body = await validatedRow(RegisterSupplierBody, registrationOf(record));
    const siret = validSiret(body.siret);
    const { state } = await this.registry.loadEvenUnregistered(siret);
    if (state.registration) {
      if (sameRegistration(state.registration, state.cpvCodes, body)) return 'unchanged';
      throw new RowRefused(
        'supplier-already-registered',
        `${supplierStream(siret)} is already registered with other details`,
      );
    }
    const contacts = await this.registry.sealContacts(body.contacts);
    await this.registry.handle(siret, { type: 'RegisterSupplier', ...body, contacts }, context);
    return 'accepted';
  }
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
