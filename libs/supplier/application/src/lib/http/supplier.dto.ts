import { IsCivilDate } from '@mutualis/shared/api';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATION_SCHEMES,
  CertificationScheme,
  DOCUMENT_KINDS,
  DocumentKind,
  SUPPLIER_SIZES,
  SupplierSize,
} from '@mutualis/shared/contracts';

export class AddressBody {
  @ApiProperty({ description: 'Numéro et voie (street)', example: '12 quai de la Fosse' })
  @IsString()
  @Length(1, 300)
  street!: string;

  @ApiProperty({
    description: 'Code postal (postalCode) : il donne le département et la région',
    example: '44000',
  })
  @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' })
  postalCode!: string;

  @ApiProperty({ description: 'Commune (city)', example: 'Nantes' })
  @IsString()
  @Length(1, 200)
  city!: string;
}

export class ContactBody {
  @ApiProperty({
    description: 'Nom et prénom (name) — donnée personnelle, chiffrée',
    example: 'Camille Le Goff',
  })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    description: 'Courriel (email) — donnée personnelle, chiffrée',
    example: 'c.legoff@example.fr',
  })
  @IsEmail()
  email!: string;

  @ApiPropertyOptional({
    description: 'Téléphone (phone) — donnée personnelle, chiffrée',
    example: '+33 2 40 00 00 00',
  })
  @IsOptional()
  @Matches(/^\+?[0-9 .-]{6,20}$/, { message: 'phone must be a telephone number' })
  phone?: string;

  @ApiPropertyOptional({
    description: 'Fonction (role)',
    example: 'Responsable des réponses aux appels d’offres',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  role?: string;
}

export class RegisterSupplierBody {
  @ApiProperty({
    description: 'SIRET de l’établissement (14 chiffres, clé de Luhn ; règle S1). Les espaces sont admis.',
    example: '732 829 320 00074',
  })
  @IsString()
  @Length(9, 20)
  siret!: string;

  @ApiProperty({ description: 'Raison sociale (legalName)', example: 'Cyberdéfense Atlantique SAS' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'legalName must not be blank' })
  legalName!: string;

  @ApiProperty({ type: AddressBody, description: 'Adresse de l’établissement' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressBody)
  address!: AddressBody;

  @ApiProperty({
    enum: SUPPLIER_SIZES,
    description: 'Catégorie d’entreprise : micro, PME, ETI ou grande entreprise (ge)',
  })
  @IsIn(SUPPLIER_SIZES)
  size!: SupplierSize;

  @ApiProperty({
    type: [String],
    description:
      'Codes CPV des catégories (NNNNNNNN ou NNNNNNNN-C), vérifiés dans la liste officielle (règle S2)',
    example: ['72000000', '79212000-3'],
  })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  cpvCodes!: string[];

  @ApiProperty({
    type: [ContactBody],
    description: 'Interlocuteurs (contacts) ; leurs données sont chiffrées par personne',
  })
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ContactBody)
  contacts!: ContactBody[];
}

export class ChangeCategoriesBody {
  @ApiProperty({ type: [String], description: 'Nouveaux codes CPV (règle S2)', example: ['72000000-5'] })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  cpvCodes!: string[];
}

export class FileDocumentBody {
  @ApiProperty({
    enum: DOCUMENT_KINDS,
    description:
      'Pièce : attestation de vigilance URSSAF (urssaf-vigilance, valable 6 mois, D8222-5), attestation de ' +
      'régularité fiscale (tax-regularity), extrait Kbis (kbis), attestation d’assurance (insurance)',
  })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiProperty({ description: 'Date de délivrance (issuedOn)', example: '2026-11-02' })
  @IsCivilDate()
  issuedOn!: string;

  @ApiPropertyOptional({
    description:
      'Fin de validité portée sur la pièce (expiresOn), obligatoire pour l’attestation fiscale et l’assurance',
    example: '2027-05-02',
  })
  @IsOptional()
  @IsCivilDate()
  expiresOn?: string;

  @ApiProperty({
    description: 'Empreinte SHA-256 du fichier (fileSha256), en hexadécimal',
    example: 'a'.repeat(64),
  })
  @Matches(/^[0-9a-f]{64}$/, { message: 'fileSha256 must be 64 lower-case hexadecimal digits' })
  fileSha256!: string;

  @ApiProperty({ description: 'Nom du fichier (fileName)', example: 'attestation-vigilance-2026-11.pdf' })
  @IsString()
  @Length(1, 300)
  fileName!: string;
}

export class RecordCertificationBody {
  @ApiProperty({
    enum: CERTIFICATION_SCHEMES,
    description: 'Référentiel : ISO 27001, SecNumCloud, HDS ou autre (other)',
  })
  @IsIn(CERTIFICATION_SCHEMES)
  scheme!: CertificationScheme;

  @ApiProperty({ description: 'Intitulé du certificat (label)', example: 'Qualification SecNumCloud 3.2' })
  @IsString()
  @Length(1, 300)
  label!: string;

  @ApiProperty({ description: 'Périmètre certifié (scope)', example: 'IaaS hébergé à Nantes' })
  @IsString()
  @Length(1, 1000)
  scope!: string;

  @ApiProperty({ description: 'Organisme certificateur (issuer)', example: 'ANSSI' })
  @IsString()
  @Length(1, 300)
  issuer!: string;

  @ApiProperty({ description: 'Début de validité (validFrom)', example: '2025-01-15' })
  @IsCivilDate()
  validFrom!: string;

  @ApiProperty({
    description: 'Premier jour où le certificat n’est plus valable (expiresOn)',
    example: '2028-01-15',
  })
  @IsCivilDate()
  expiresOn!: string;
}

export class RecordExclusionBody {
  @ApiProperty({ description: 'Motif d’exclusion : article L2141-1 à L2141-11 (ground)', example: 'L2141-1' })
  @IsString()
  @Length(7, 10)
  ground!: string;

  @ApiProperty({
    description: 'Date de la condamnation ou de la décision (decidedOn)',
    example: '2025-03-10',
  })
  @IsCivilDate()
  decidedOn!: string;

  @ApiPropertyOptional({
    description:
      'Premier jour où l’exclusion ne s’applique plus, quand la juridiction en a fixé la durée (fixedEndsOn) ; ' +
      'sans elle, la fin se calcule selon le motif (5 ans après la condamnation pour L2141-1)',
    example: '2028-03-10',
  })
  @IsOptional()
  @IsCivilDate()
  fixedEndsOn?: string;

  @ApiProperty({
    description: 'Référence de la décision (reference)',
    example: 'TJ Nantes, 10 mars 2025, n° 25/01234',
  })
  @IsString()
  @Length(1, 300)
  reference!: string;

  @ApiProperty({ description: 'Faits (description)', example: 'Condamnation définitive pour corruption' })
  @IsString()
  @Length(1, 1000)
  description!: string;
}

export class LiftExclusionBody {
  @ApiProperty({
    description:
      'Motif de la levée anticipée (reason) : mesures correctrices, régularisation, décision annulée…',
    example: 'Régularisation de la situation fiscale attestée le 2 décembre 2026',
  })
  @IsString()
  @Length(0, 1000)
  reason!: string;
}

export class ImportSuppliersBody {
  @ApiProperty({ description: 'Nom du fichier importé (fileName)', example: 'fournisseurs-region.csv' })
  @IsString()
  @Length(1, 300)
  fileName!: string;

  @ApiProperty({
    description:
      'Contenu CSV (séparateur virgule ou point-virgule, UTF-8) avec les colonnes siret, raison_sociale, adresse, ' +
      'code_postal, ville, taille, cpv (codes séparés par des espaces), et facultativement contact_nom, ' +
      'contact_email, contact_telephone',
    example:
      'siret;raison_sociale;adresse;code_postal;ville;taille;cpv;contact_nom;contact_email\n' +
      '73282932000074;Cyberdéfense Atlantique SAS;12 quai de la Fosse;44000;Nantes;pme;72000000 79212000-3;' +
      'Camille Le Goff;c.legoff@example.fr\n',
  })
  @IsString()
  @Length(1, 1_000_000)
  csv!: string;
}
