import { Decider } from '@mutualis/shared/event-sourcing';
import { learnEligibility, SupplierEvent } from '@mutualis/shared/contracts';
import { eraseContact } from './erase-contact';
import { fileDocument } from './file-document';
import { recordCertification } from './record-certification';
import { liftExclusion, recordExclusion } from './record-exclusion';
import { changeCategories, registerSupplier } from './register-supplier';
import { sweepDates } from './sweep-dates';
import { SupplierCommand } from './supplier.commands';
import { INITIAL_SUPPLIER_STATE, SupplierState } from './supplier.state';

/** One establishment of the supplier registry, stream `supplier-<siret>`. */
export const supplierDecider: Decider<SupplierCommand, SupplierEvent, SupplierState> = {
  initialState: INITIAL_SUPPLIER_STATE,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterSupplier':
        return registerSupplier(command, state);
      case 'ChangeCategories':
        return changeCategories(command, state);
      case 'FileDocument':
        return fileDocument(command, state);
      case 'RecordCertification':
        return recordCertification(command, state);
      case 'RecordExclusion':
        return recordExclusion(command, state);
      case 'LiftExclusion':
        return liftExclusion(command, state);
      case 'EraseContact':
        return eraseContact(command, state);
      case 'SweepDates':
        return sweepDates(command, state);
    }
  },
  evolve(previous, event) {
    const state = { ...previous, eligibility: learnEligibility(previous.eligibility, event) };
    switch (event.type) {
      case 'supplier.SupplierRegistered':
        return { ...state, registration: event.data, cpvCodes: event.data.cpvCodes };
      case 'supplier.SupplierCategoriesChanged':
        return { ...state, cpvCodes: event.data.cpvCodes };
      case 'supplier.DocumentFiled':
        return { ...state, documents: [...state.documents, event.data] };
      case 'supplier.CertificationRecorded': {
        const certification = { ...event.data, expired: false };
        return {
          ...state,
          certifications: { ...state.certifications, [certification.certificationId]: certification },
        };
      }
      case 'supplier.CertificationExpired': {
        const certification = state.certifications[event.data.certificationId];
        if (!certification) return state;
        const expired = { ...certification, expired: true };
        return { ...state, certifications: { ...state.certifications, [expired.certificationId]: expired } };
      }
      case 'supplier.ExclusionRecorded': {
        const exclusion = { ...event.data, liftedOn: null, liftReason: null, ended: false };
        return { ...state, exclusions: { ...state.exclusions, [exclusion.exclusionId]: exclusion } };
      }
      case 'supplier.ExclusionLifted':
        return updateExclusion(state, event.data.exclusionId, {
          liftedOn: event.data.liftedOn,
          liftReason: event.data.reason,
        });
      case 'supplier.ExclusionEnded':
        return updateExclusion(state, event.data.exclusionId, { ended: true });
      case 'supplier.VigilanceLapsed':
        return { ...state, lapsedVigilanceId: event.data.documentId };
      case 'supplier.ContactErased':
        return { ...state, erasedContacts: [...state.erasedContacts, event.data.personId] };
    }
  },
};

function updateExclusion(
  state: SupplierState,
  exclusionId: string,
  change: Partial<SupplierState['exclusions'][string]>,
): SupplierState {
  const exclusion = state.exclusions[exclusionId];
  if (!exclusion) return state;
  return { ...state, exclusions: { ...state.exclusions, [exclusionId]: { ...exclusion, ...change } } };
}
