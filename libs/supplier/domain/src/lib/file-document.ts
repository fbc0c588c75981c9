import { addMonths, isCivilDate } from '@mutualis/procurement-rules';
import { DOCUMENT_VALIDITY } from '@mutualis/procurement-rules';
import { SupplierEvent } from '@mutualis/shared/contracts';
import { FileDocument } from './supplier.commands';
import { requireRegistered } from './register-supplier';
import { refuse } from './supplier-refusal';
import { SupplierState } from './supplier.state';

/**
 * Files a compliance document (metadata and the file's hash). Its end is the earlier of the date it states and
 * its legal maximum age (6 months for the attestation de vigilance); a document already expired is refused.
 */
export function fileDocument(command: FileDocument, state: SupplierState): SupplierEvent[] {
  requireRegistered(state);
  const { documentId, kind, issuedOn, fileSha256, fileName, today } = command;
  const validity = DOCUMENT_VALIDITY[kind];
  if (state.documents.some((document) => document.documentId === documentId)) {
    throw refuse(`the document ${documentId} is already filed`, { rule: 'document-already-filed' });
  }
  requireDate('issuedOn', issuedOn);
  if (issuedOn > today) {
    throw refuse(`a document cannot be issued in the future (${issuedOn}, today is ${today})`, {
      rule: 'document-issued-in-future',
      values: { issuedOn, today },
    });
  }
  if (validity.expiryOnDocument && !command.expiresOn) {
    throw refuse(`a ${kind} document states its own end date: give expiresOn`, {
      rule: 'document-expiry-required',
      legalReference: validity.legalReference,
      values: { kind },
    });
  }
  if (command.expiresOn) requireDate('expiresOn', command.expiresOn);
  const legalEnd = validity.maxMonths === null ? null : addMonths(issuedOn, validity.maxMonths);
  const expiresOn = [command.expiresOn, legalEnd]
    .filter((date): date is string => !!date)
    .reduce((earliest, date) => (date < earliest ? date : earliest));
  if (expiresOn <= issuedOn) {
    throw refuse(`the document ends (${expiresOn}) before it is issued (${issuedOn})`, {
      rule: 'document-ends-before-issue',
      values: { issuedOn, expiresOn },
    });
  }
  if (expiresOn <= today) {
    throw refuse(`the ${kind} document is no longer valid: it expired on ${expiresOn}`, {
      rule: 'document-expired',
      legalReference: validity.legalReference,
      values: { kind, issuedOn, expiresOn, today, ...(legalEnd ? { maxMonths: validity.maxMonths } : {}) },
    });
  }
  return [
    { type: 'supplier.DocumentFiled', data: { documentId, kind, issuedOn, expiresOn, fileSha256, fileName } },
  ];
}

/** Refuses a date that is not a real `YYYY-MM-DD` calendar date. */
export function requireDate(field: string, value: string): void {
  if (!isCivilDate(value)) {
    throw refuse(`${field} must be a calendar date YYYY-MM-DD, got "${value}"`, {
      rule: 'invalid-date',
      values: { field, value },
    });
  }
}
