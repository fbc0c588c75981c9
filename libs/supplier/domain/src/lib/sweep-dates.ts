import { SupplierEvent } from '@mutualis/shared/contracts';
import { SweepDates } from './supplier.commands';
import { activeExclusions, latestVigilance, SupplierState } from './supplier.state';

/**
 * What the passing of time has changed by `today`: the attestation de vigilance lapsed with no newer one filed,
 * certifications expired, exclusions ended. Each is reported once: sweeping again the same day decides nothing.
 */
export function sweepDates({ today }: SweepDates, state: SupplierState): SupplierEvent[] {
  if (!state.registration) return [];
  const events: SupplierEvent[] = [];
  const vigilance = latestVigilance(state);
  if (vigilance && vigilance.expiresOn <= today && vigilance.documentId !== state.lapsedVigilanceId) {
    events.push({
      type: 'supplier.VigilanceLapsed',
      data: { documentId: vigilance.documentId, expiredOn: vigilance.expiresOn },
    });
  }
  for (const certification of Object.values(state.certifications)) {
    if (certification.expired || certification.expiresOn > today) continue;
    const { certificationId, scheme, expiresOn } = certification;
    events.push({
      type: 'supplier.CertificationExpired',
      data: { certificationId, scheme, expiredOn: expiresOn },
    });
  }
  for (const exclusion of activeExclusions(state)) {
    if (exclusion.endsOn === null || exclusion.endsOn > today) continue;
    events.push({
      type: 'supplier.ExclusionEnded',
      data: { exclusionId: exclusion.exclusionId, endedOn: exclusion.endsOn },
    });
  }
  return events;
}
