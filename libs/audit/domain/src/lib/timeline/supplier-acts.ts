import { CertificationScheme, DocumentKind, SupplierEventData } from '@mutualis/shared/contracts';
import { count, designation } from './act-wording';
import { person, supplier } from './subjects';
import { ActOn, ActRules, streamKey } from './timeline-subject';

const DOCUMENTS: Record<DocumentKind, string> = {
  'urssaf-vigilance': 'Attestation de vigilance URSSAF',
  'tax-regularity': 'Attestation de régularité fiscale',
  kbis: 'Extrait Kbis',
  insurance: 'Attestation d’assurance',
};

const SCHEMES: Record<CertificationScheme, string> = {
  'iso-27001': 'ISO/IEC 27001',
  secnumcloud: 'SecNumCloud',
  hds: 'HDS',
  other: 'autre référentiel',
};

/** The company of a supplier stream (`supplier-<siret>`). */
const company = ({ event, names }: ActOn) => supplier(streamKey(event.streamId), names);

/** How each act of the supplier registry reads: every one is about the company of its stream. */
export const SUPPLIER_ACTS: ActRules<SupplierEventData> = {
  'supplier.SupplierRegistered': (data, { names }) => {
    const subject = supplier(data.siret, names, data.legalName);
    return { subject, summary: `Entreprise inscrite au registre : ${designation(subject)}` };
  },
  'supplier.SupplierCategoriesChanged': (data, on) => {
    const subject = company(on);
    return {
      subject,
      summary: `Catégories d’achat modifiées (${count(data.cpvCodes.length, 'code CPV', 'codes CPV')}) : ${designation(subject)}`,
    };
  },
  'supplier.DocumentFiled': (data, on) => {
    const subject = company(on);
    return { subject, summary: `${DOCUMENTS[data.kind]} déposée : ${designation(subject)}` };
  },
  'supplier.CertificationRecorded': (data, on) => {
    const subject = company(on);
    return { subject, summary: `Certification enregistrée (${data.label}) : ${designation(subject)}` };
  },
  'supplier.ExclusionRecorded': (data, on) => {
    const subject = company(on);
    const basis = data.basis === 'plein-droit' ? 'de plein droit' : 'à l’appréciation de l’acheteur';
    return {
      subject,
      summary: `Exclusion ${basis} enregistrée (${data.ground}) : ${designation(subject)}`,
      businessDate: data.decidedOn,
    };
  },
  'supplier.ExclusionLifted': (data, on) => {
    const subject = company(on);
    return { subject, summary: `Exclusion levée : ${designation(subject)}`, businessDate: data.liftedOn };
  },
  'supplier.VigilanceLapsed': (data, on) => {
    const subject = company(on);
    return {
      subject,
      summary: `Attestation de vigilance URSSAF expirée sans remplacement : ${designation(subject)}`,
      businessDate: data.expiredOn,
    };
  },
  'supplier.CertificationExpired': (data, on) => {
    const subject = company(on);
    return {
      subject,
      summary: `Certification expirée (${SCHEMES[data.scheme]}) : ${designation(subject)}`,
      businessDate: data.expiredOn,
    };
  },
  'supplier.ExclusionEnded': (data, on) => {
    const subject = company(on);
    return { subject, summary: `Fin de l’exclusion : ${designation(subject)}`, businessDate: data.endedOn };
  },
  'supplier.ContactErased': (data, on) => ({
    // The contact's name is sealed personal data: the act names the company they were a contact of, never them.
    subject: person(data.personId, `Contact de ${designation(company(on))}`),
    summary: `Données personnelles d’un contact effacées (RGPD, art. 17) : ${designation(company(on))}`,
    businessDate: data.erasedOn,
  }),
};
