import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A DECP record as published (2024 format, schema 2.0.3, arrêté du 22 décembre 2022): the fields this platform
 * fills. Field names are the official ones, in French.
 */

class DecpIdentifier {
  @ApiProperty({
    description: 'SIRET de l’acheteur : pour un groupement, le coordonnateur qui mène la procédure',
    example: '21440184600016',
  })
  id!: string;
}

class DecpTechniques {
  @ApiProperty({ type: [String], description: 'Techniques d’achat', example: ['Accord-cadre'] })
  technique!: string[];
}

class DecpExecutionModes {
  @ApiProperty({ type: [String], description: 'Modalités d’exécution', example: ['Bons de commande'] })
  modaliteExecution!: string[];
}

class DecpPlace {
  @ApiProperty({
    description: 'Code du lieu d’exécution : la commune du coordonnateur (code INSEE)',
    example: '44184',
  })
  code!: string;

  @ApiProperty({ description: 'Type de code', example: 'Code commune' })
  typeCode!: string;
}

class DecpPriceTypes {
  @ApiProperty({ type: [String], description: 'Types de prix', example: ['Définitif ferme'] })
  typePrix!: string[];
}

class DecpHolderId {
  @ApiProperty({ description: 'Type d’identifiant', example: 'SIRET' })
  typeIdentifiant!: string;

  @ApiProperty({ description: 'Identifiant (SIRET) du titulaire', example: '73282932000074' })
  id!: string;
}

class DecpHolder {
  @ApiProperty({ type: () => DecpHolderId, description: 'Le titulaire' })
  titulaire!: DecpHolderId;
}

class DecpSocial {
  @ApiProperty({
    type: [String],
    description: 'Considérations sociales',
    example: ['Pas de considération sociale'],
  })
  considerationSociale!: string[];
}

class DecpEnvironmental {
  @ApiProperty({
    type: [String],
    description: 'Considérations environnementales',
    example: ['Critère environnemental'],
  })
  considerationEnvironnementale!: string[];
}

class DecpModificationFields {
  @ApiProperty({ description: 'Numéro de la modification (1, 2, …)', example: 1 })
  id!: number;

  @ApiProperty({ format: 'date', description: 'Date de notification de l’avenant', example: '2026-10-01' })
  dateNotificationModification!: string;

  @ApiProperty({
    format: 'date',
    description: 'Date de publication de la modification',
    example: '2026-10-05',
  })
  datePublicationDonneesModification!: string;

  @ApiProperty({ description: 'Montant du marché HT, en euros, une fois l’avenant compté', example: 300_000 })
  montant!: number;

  @ApiPropertyOptional({ description: 'Durée du marché en mois, quand l’avenant la change', example: 30 })
  dureeMois?: number;

  @ApiPropertyOptional({
    type: () => [DecpHolder],
    description: 'Le nouveau titulaire (R2194-6), quand il change',
  })
  titulaires?: DecpHolder[];
}

class DecpModification {
  @ApiProperty({ type: () => DecpModificationFields, description: 'Une modification (avenant)' })
  modification!: DecpModificationFields;
}

/** One marché's essential data. */
export class DecpMarcheView {
  @ApiProperty({ description: 'Identifiant du marché (16 caractères)', example: '0190c6a47c1e7b1a' })
  id!: string;

  @ApiProperty({ type: () => DecpIdentifier, description: 'L’acheteur' })
  acheteur!: DecpIdentifier;

  @ApiProperty({ description: 'Nature du contrat', example: 'Marché' })
  nature!: string;

  @ApiProperty({
    description: 'Objet du marché ou du lot',
    example: 'Cybersécurité des communes — lot 1 : Audit de sécurité',
  })
  objet!: string;

  @ApiProperty({ description: 'Code CPV principal', example: '72000000-5' })
  codeCPV!: string;

  @ApiProperty({ type: () => DecpTechniques, description: 'Techniques d’achat' })
  techniques!: DecpTechniques;

  @ApiProperty({ type: () => DecpExecutionModes, description: 'Modalités d’exécution' })
  modalitesExecution!: DecpExecutionModes;

  @ApiProperty({ description: 'Marché innovant', example: false })
  marcheInnovant!: boolean;

  @ApiProperty({ description: 'CCAG de référence', example: 'Prestations intellectuelles' })
  ccag!: string;

  @ApiProperty({
    description:
      'Nombre d’offres reçues, irrégulières, inacceptables, inappropriées et anormalement basses comprises',
    example: 2,
  })
  offresRecues!: number;

  @ApiProperty({ description: 'Une avance a été attribuée au titulaire', example: true })
  attributionAvance!: boolean;

  @ApiPropertyOptional({
    description: 'Taux de l’avance (0.05 pour 5 %), quand une avance est attribuée',
    example: 0.05,
  })
  tauxAvance?: number;

  @ApiProperty({ description: 'Type de groupement d’opérateurs économiques', example: 'Pas de groupement' })
  typeGroupementOperateurs!: string;

  @ApiProperty({ description: 'Sous-traitance déclarée à la notification', example: false })
  sousTraitanceDeclaree!: boolean;

  @ApiProperty({ description: 'Procédure de passation', example: "Appel d'offres ouvert" })
  procedure!: string;

  @ApiProperty({ type: () => DecpPlace, description: 'Lieu d’exécution' })
  lieuExecution!: DecpPlace;

  @ApiProperty({ description: 'Durée initiale en mois, reconductions comprises', example: 24 })
  dureeMois!: number;

  @ApiProperty({ format: 'date', description: 'Date de notification au titulaire', example: '2026-07-01' })
  dateNotification!: string;

  @ApiProperty({
    format: 'date',
    description: 'Date de la première publication des données',
    example: '2026-10-05',
  })
  datePublicationDonnees!: string;

  @ApiProperty({ description: 'Montant HT en euros (le maximum d’un accord-cadre)', example: 250_000 })
  montant!: number;

  @ApiProperty({ type: () => DecpPriceTypes, description: 'Types de prix' })
  typesPrix!: DecpPriceTypes;

  @ApiProperty({ description: 'Forme du prix', example: 'Forfaitaire' })
  formePrix!: string;

  @ApiProperty({ type: () => [DecpHolder], description: 'Titulaires' })
  titulaires!: DecpHolder[];

  @ApiProperty({ type: () => DecpSocial, description: 'Considérations sociales' })
  considerationsSociales!: DecpSocial;

  @ApiProperty({ type: () => DecpEnvironmental, description: 'Considérations environnementales' })
  considerationsEnvironnementales!: DecpEnvironmental;

  @ApiPropertyOptional({
    type: () => [DecpModification],
    description: 'Les modifications (avenants), ajoutées à leur date de publication ; absentes sans avenant',
  })
  modifications?: DecpModification[];
}
