import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATION_SCHEMES,
  CertificationRecorded,
  CertificationScheme,
  DOCUMENT_KINDS,
  DocumentFiled,
  DocumentKind,
  ExclusionBasis,
  SUPPLIER_SIZES,
  SupplierAddress,
  SupplierSize,
} from '@mutualis/shared/contracts';
import { ExclusionState } from '@mutualis/supplier/domain';
import { ContactDetails } from '../supplier-registry';
import { EligibilityView } from './eligibility.responses';

const EXCLUSION_BASES: readonly ExclusionBasis[] = ['plein-droit', 'appreciation'];

/** Whether a supplier's view shows its contacts' personal data (to those entitled) or withholds it. */
export const PERSONAL_DATA_SHOWN = ['revealed', 'withheld'] as const;
export type PersonalDataShown = (typeof PERSONAL_DATA_SHOWN)[number];

export class SupplierAddressView implements SupplierAddress {
  @ApiProperty({ description: 'Numéro et voie (street)', example: '12 quai de la Fosse' })
  street!: string;

  @ApiProperty({ description: 'Code postal (postalCode)', example: '44000' })
  postalCode!: string;

  @ApiProperty({ description: 'Commune (city)', example: 'Nantes' })
  city!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Département, déduit du code postal (departement) ; null hors d’un département français',
    example: '44',
  })
  departement!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Code INSEE de la région, déduit du code postal (region) ; null hors d’une région française',
    example: '52',
  })
  region!: string | null;
}

/** A contact in clear, or only their id once their personal data was erased (RGPD art. 17). */
export class SupplierContactView implements Partial<ContactDetails> {
  @ApiProperty({
    description: 'Identifiant (UUID) de la personne (personId), à donner pour effacer ses données',
    format: 'uuid',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  personId!: string;

  @ApiProperty({
    description: 'Données personnelles effacées (erased) : la personne ne montre plus que son identifiant',
    example: false,
  })
  erased!: boolean;

  @ApiPropertyOptional({
    description: 'Nom et prénom (name) ; absent une fois effacé',
    example: 'Camille Le Goff',
  })
  name?: string;

  @ApiPropertyOptional({
    description: 'Courriel (email) ; absent une fois effacé',
    example: 'c.legoff@example.fr',
  })
  email?: string;

  @ApiPropertyOptional({ description: 'Téléphone (phone), s’il a été donné', example: '+33 2 40 00 00 00' })
  phone?: string;

  @ApiPropertyOptional({
    description: 'Fonction (role), si elle a été donnée',
    example: 'Responsable des réponses aux appels d’offres',
  })
  role?: string;
}

/** A compliance document as filed; also the answer of `GET …/documents/{documentId}`. */
export class SupplierDocumentView implements DocumentFiled {
  @ApiProperty({
    description: 'Identifiant de la pièce (documentId)',
    format: 'uuid',
    example: '0190c6a5-1d2e-7f00-8a00-000000000001',
  })
  documentId!: string;

  @ApiProperty({
    enum: DOCUMENT_KINDS,
    description:
      'Pièce : attestation de vigilance URSSAF (urssaf-vigilance), attestation de régularité fiscale ' +
      '(tax-regularity), extrait Kbis (kbis), attestation d’assurance (insurance)',
    example: 'urssaf-vigilance',
  })
  kind!: DocumentKind;

  @ApiProperty({ description: 'Date de délivrance (issuedOn)', format: 'date', example: '2026-11-02' })
  issuedOn!: string;

  @ApiProperty({
    description:
      'Premier jour où la pièce n’est plus valable (expiresOn) : la date portée sur la pièce ou sa durée légale ' +
      '(6 mois pour l’attestation de vigilance, D8222-5), la plus proche des deux',
    format: 'date',
    example: '2027-05-02',
  })
  expiresOn!: string;

  @ApiProperty({
    description: 'Empreinte SHA-256 du fichier (fileSha256), en hexadécimal',
    example: 'b'.repeat(64),
  })
  fileSha256!: string;

  @ApiProperty({ description: 'Nom du fichier (fileName)', example: 'attestation-vigilance-2026-11.pdf' })
  fileName!: string;
}

/** A certification as declared, and whether the sweep saw it expire; also `GET …/certifications/{id}`. */
export class SupplierCertificationView implements CertificationRecorded {
  @ApiProperty({
    description: 'Identifiant de la certification (certificationId)',
    format: 'uuid',
    example: '0190c6a5-1d2e-7f00-8a00-000000000002',
  })
  certificationId!: string;

  @ApiProperty({
    enum: CERTIFICATION_SCHEMES,
    description: 'Référentiel (scheme) : ISO 27001, SecNumCloud, HDS ou autre (other)',
    example: 'secnumcloud',
  })
  scheme!: CertificationScheme;

  @ApiProperty({ description: 'Intitulé du certificat (label)', example: 'Qualification SecNumCloud 3.2' })
  label!: string;

  @ApiProperty({ description: 'Périmètre certifié (scope)', example: 'IaaS hébergé à Nantes' })
  scope!: string;

  @ApiProperty({ description: 'Organisme certificateur (issuer)', example: 'ANSSI' })
  issuer!: string;

  @ApiProperty({ description: 'Début de validité (validFrom)', format: 'date', example: '2025-01-15' })
  validFrom!: string;

  @ApiProperty({
    description: 'Premier jour où le certificat n’est plus valable (expiresOn)',
    format: 'date',
    example: '2028-01-15',
  })
  expiresOn!: string;

  @ApiProperty({ description: 'Expiration constatée par le balayage quotidien (expired)', example: false })
  expired!: boolean;
}

/** An exclusion as recorded, lifted or ended; also the answer of `GET …/exclusions/{exclusionId}`. */
export class SupplierExclusionView implements ExclusionState {
  @ApiProperty({
    description: 'Identifiant de l’exclusion (exclusionId)',
    format: 'uuid',
    example: '0190c6a5-1d2e-7f00-8a00-000000000003',
  })
  exclusionId!: string;

  @ApiProperty({ description: 'Motif : article L2141-1 à L2141-11 (ground)', example: 'L2141-1' })
  ground!: string;

  @ApiProperty({
    enum: EXCLUSION_BASES,
    description:
      'Exclusion de plein droit (L2141-1 à L2141-5) ou à l’appréciation de l’acheteur (L2141-7 à L2141-11)',
    example: 'plein-droit',
  })
  basis!: ExclusionBasis;

  @ApiProperty({
    description: 'Date de la condamnation ou de la décision (decidedOn)',
    format: 'date',
    example: '2025-03-10',
  })
  decidedOn!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description:
      'Premier jour où l’exclusion ne s’applique plus (endsOn), calculé selon le motif (5 ans après la ' +
      'condamnation pour L2141-1, sauf durée fixée par la juridiction) ; null tant qu’elle dure jusqu’à ' +
      'régularisation ou levée',
    example: '2030-03-10',
  })
  endsOn!: string | null;

  @ApiProperty({
    description: 'Référence de la décision (reference)',
    example: 'TJ Nantes, 10 mars 2025, n° 25/01234',
  })
  reference!: string;

  @ApiProperty({ description: 'Faits (description)', example: 'Condamnation définitive pour corruption' })
  description!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Date de la levée anticipée (liftedOn) ; null si elle n’a pas été levée',
    example: null,
  })
  liftedOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Motif de la levée anticipée (liftReason) ; null si elle n’a pas été levée',
    example: null,
  })
  liftReason!: string | null;

  @ApiProperty({ description: 'Terme atteint, constaté par le balayage quotidien (ended)', example: false })
  ended!: boolean;
}

/** The answer of `GET /suppliers/{supplierSiret}`: the supplier now, or as the registry knew it at `asOf`. */
export class SupplierView {
  @ApiProperty({ description: 'SIRET de l’établissement (14 chiffres)', example: '73282932000074' })
  siret!: string;

  @ApiProperty({ description: 'SIREN de l’entreprise (9 chiffres)', example: '732829320' })
  siren!: string;

  @ApiProperty({ description: 'Raison sociale (legalName)', example: 'Cyberdéfense Atlantique SAS' })
  legalName!: string;

  @ApiProperty({ type: SupplierAddressView, description: 'Adresse de l’établissement' })
  address!: SupplierAddressView;

  @ApiProperty({
    enum: SUPPLIER_SIZES,
    description: 'Catégorie d’entreprise : micro, PME, ETI ou grande entreprise (ge)',
    example: 'pme',
  })
  size!: SupplierSize;

  @ApiProperty({
    type: [String],
    description: 'Codes CPV des catégories, de la liste officielle (NNNNNNNN-C)',
    example: ['72212000-4', '79212000-3'],
  })
  cpvCodes!: string[];

  @ApiProperty({
    enum: PERSONAL_DATA_SHOWN,
    description:
      'Données personnelles des contacts (personalData) : `revealed` pour le fournisseur lui-même et ' +
      'l’administrateur de la plateforme, chaque lecture étant journalisée (qui, de qui, pourquoi) ; `withheld` ' +
      'pour tout autre rôle (coordonnateur, acheteur membre, auditeur, de quelque groupement que ce soit) : le ' +
      'fournisseur est montré sans ses contacts (RGPD art. 5.1.c, ADR 0018)',
    example: 'revealed',
  })
  personalData!: PersonalDataShown;

  @ApiPropertyOptional({
    type: [SupplierContactView],
    description:
      'Interlocuteurs (contacts), en clair ; seulement pour le fournisseur lui-même et l’administrateur de la ' +
      'plateforme (personalData = revealed), absent sinon',
  })
  contacts?: SupplierContactView[];

  @ApiProperty({
    type: [SupplierDocumentView],
    description: 'Pièces administratives déposées, dans l’ordre du dépôt',
  })
  documents!: SupplierDocumentView[];

  @ApiProperty({ type: [SupplierCertificationView], description: 'Certifications déclarées' })
  certifications!: SupplierCertificationView[];

  @ApiProperty({ type: [SupplierExclusionView], description: 'Exclusions inscrites, en cours ou passées' })
  exclusions!: SupplierExclusionView[];

  @ApiProperty({
    type: EligibilityView,
    description:
      'Éligibilité du jour, ou de la date `asOf` : peut-il soumissionner, être payé, et sinon pourquoi',
  })
  eligibility!: EligibilityView;

  @ApiProperty({
    description: 'Version du flux du fournisseur : la valeur de l’ETag, à renvoyer dans If-Match',
    example: 3,
  })
  version!: number;
}
