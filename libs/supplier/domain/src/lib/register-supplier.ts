import { checkSiret, findCpv, locateFrenchPostalCode, sirenOf } from '@mutualis/procurement-rules';
import { SupplierEvent } from '@mutualis/shared/contracts';
import { ChangeCategories, RegisterSupplier } from './supplier.commands';
import { refuse } from './supplier-refusal';
import { SupplierState } from './supplier.state';

/** Registers an establishment by its SIRET (S1), with categories from the official CPV list (S2); once only. */
export function registerSupplier(command: RegisterSupplier, state: SupplierState): SupplierEvent[] {
  const siret = validSiret(command.siret);
  if (state.registration) {
    throw refuse(`the supplier ${siret} is already registered`, {
      rule: 'supplier-already-registered',
      values: { siret },
    });
  }
  const { street, postalCode, city } = command.address;
  const place = locateFrenchPostalCode(postalCode);
  return [
    {
      type: 'supplier.SupplierRegistered',
      data: {
        siret,
        siren: sirenOf(siret),
        legalName: command.legalName.trim(),
        address: {
          street,
          postalCode,
          city,
          departement: place?.departement ?? null,
          region: place?.region ?? null,
        },
        size: command.size,
        cpvCodes: officialCpvCodes(command.cpvCodes),
        contacts: command.contacts,
      },
    },
  ];
}

/** Replaces the supplier's categories; nothing happens when they are the same. */
export function changeCategories(command: ChangeCategories, state: SupplierState): SupplierEvent[] {
  requireRegistered(state);
  const cpvCodes = officialCpvCodes(command.cpvCodes);
  const same =
    cpvCodes.length === state.cpvCodes.length && cpvCodes.every((code) => state.cpvCodes.includes(code));
  return same ? [] : [{ type: 'supplier.SupplierCategoriesChanged', data: { cpvCodes } }];
}

export function requireRegistered(state: SupplierState): void {
  if (!state.registration) {
    throw refuse('no supplier is registered under this SIRET', { rule: 'supplier-not-registered' });
  }
}

/** The SIRET without spaces, or a refusal naming rule S1. */
export function validSiret(input: string): string {
  const check = checkSiret(input);
  if (!check.valid) {
    throw refuse(`invalid SIRET "${input}": ${check.reason}`, {
      rule: 'invalid-siret',
      values: { siret: input, reason: check.reason },
    });
  }
  return check.value;
}

/** Each code checked against the official CPV list (S2), written `NNNNNNNN-C`, without repeats. */
function officialCpvCodes(inputs: string[]): string[] {
  const unknown = inputs.filter((input) => !findCpv(input));
  if (unknown.length > 0) {
    throw refuse(
      `unknown CPV code(s): ${unknown.join(', ')}; codes must come from the official CPV 2008 list`,
      {
        rule: 'unknown-cpv-code',
        legalReference: 'Règlement (CE) 213/2008',
        values: { unknown },
      },
    );
  }
  return [...new Set(inputs.map((input) => findCpv(input)!.code))];
}
