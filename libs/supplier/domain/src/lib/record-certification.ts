import { SupplierEvent } from '@mutualis/shared/contracts';
import { requireDate } from './file-document';
import { requireRegistered } from './register-supplier';
import { RecordCertification } from './supplier.commands';
import { refuse } from './supplier-refusal';
import { SupplierState } from './supplier.state';

/** Records a certification (ISO 27001, SecNumCloud, HDS…) with its scope and validity; not one already expired. */
export function recordCertification(command: RecordCertification, state: SupplierState): SupplierEvent[] {
  requireRegistered(state);
  const { certificationId, scheme, label, scope, issuer, validFrom, expiresOn, today } = command;
  if (state.certifications[certificationId]) {
    throw refuse(`the certification ${certificationId} is already recorded`, {
      rule: 'certification-already-recorded',
    });
  }
  requireDate('validFrom', validFrom);
  requireDate('expiresOn', expiresOn);
  if (expiresOn <= validFrom) {
    throw refuse(`the certification ends (${expiresOn}) before it starts (${validFrom})`, {
      rule: 'certification-ends-before-start',
      values: { validFrom, expiresOn },
    });
  }
  if (expiresOn <= today) {
    throw refuse(`the certification expired on ${expiresOn}`, {
      rule: 'certification-expired',
      values: { expiresOn, today },
    });
  }
  return [
    {
      type: 'supplier.CertificationRecorded',
      data: { certificationId, scheme, label, scope, issuer, validFrom, expiresOn },
    },
  ];
}
