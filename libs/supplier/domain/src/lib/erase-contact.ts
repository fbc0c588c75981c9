import { SupplierEvent } from '@mutualis/shared/contracts';
import { EraseContact } from './supplier.commands';
import { requireRegistered } from './register-supplier';
import { refuse } from './supplier-refusal';
import { SupplierState } from './supplier.state';

/**
 * RGPD art. 17: a contact's personal data is erased by destroying their key (the service does it once the erasure
 * is recorded). Erasing again records nothing new; a person who is not a contact of this supplier is refused.
 */
export function eraseContact(command: EraseContact, state: SupplierState): SupplierEvent[] {
  requireRegistered(state);
  const { personId, today } = command;
  if (!state.registration?.contacts.some((contact) => contact.personId === personId)) {
    throw refuse(`${personId} is not a contact of this supplier`, {
      rule: 'unknown-contact',
      legalReference: 'RGPD art. 17',
      values: { personId },
    });
  }
  if (state.erasedContacts.includes(personId)) return [];
  return [{ type: 'supplier.ContactErased', data: { personId, erasedOn: today } }];
}
