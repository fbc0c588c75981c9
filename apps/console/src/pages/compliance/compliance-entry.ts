import type { ComplianceEntry } from '../../api/schemas';
import { formatDate } from '../../format/dates';

/** The obligations of the compliance calendar, in the Code's words. */
export const COMPLIANCE_KINDS: Record<ComplianceEntry['kind'], string> = {
  'award-notice': 'Avis d’attribution',
  'modification-notice': 'Avis de modification au JOUE',
  'decp-record': 'Données essentielles du marché (DECP)',
  'decp-modification': 'Données essentielles d’une modification (DECP)',
  'vigilance-attestation': 'Attestation de vigilance du titulaire',
};

/** « En retard », « À faire », or « Fait le 20 décembre 2026 ». */
export function complianceState(entry: Pick<ComplianceEntry, 'status' | 'doneOn'>): string {
  switch (entry.status) {
    case 'overdue':
      return 'En retard';
    case 'due':
      return 'À faire';
    case 'done':
      return `Fait le ${formatDate(entry.doneOn)}`;
  }
}

/** What the entry is about: the consultation's or contract's object, its lot, its avenant or DECP modification. */
export function complianceSubject({ subject }: Pick<ComplianceEntry, 'subject'>): string {
  const parts = [subject.object || (subject.contractId ? `Marché ${subject.contractId}` : '—')];
  if (subject.lot !== null) parts.push(`lot ${subject.lot}`);
  if (subject.amendmentId !== null) parts.push('avenant');
  if (subject.modificationId !== null) parts.push(`modification n° ${subject.modificationId}`);
  return parts.join(', ');
}
