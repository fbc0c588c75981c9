import { eligibilityOn } from '@mutualis/shared/contracts';
import { SupplierState } from '@mutualis/supplier/domain';
import { SupplierContactView, SupplierView } from './supplier.responses';

/**
 * The supplier as the API shows it, with its eligibility on `on`; its contacts only when given (null: withheld from
 * a reader not entitled to them).
 */
export function supplierView(
  state: SupplierState,
  version: number,
  contacts: SupplierContactView[] | null,
  on: string,
): SupplierView {
  const registration = state.registration!;
  return {
    siret: registration.siret,
    siren: registration.siren,
    legalName: registration.legalName,
    address: registration.address,
    size: registration.size,
    cpvCodes: state.cpvCodes,
    ...(contacts ? { personalData: 'revealed' as const, contacts } : { personalData: 'withheld' as const }),
    documents: state.documents,
    certifications: Object.values(state.certifications),
    exclusions: Object.values(state.exclusions),
    eligibility: eligibilityOn(state.eligibility, on),
    version,
  };
}
