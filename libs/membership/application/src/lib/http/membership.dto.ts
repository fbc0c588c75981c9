import { IsCivilDate } from '@mutualis/shared/api';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  AUTHORITY_KINDS,
  AuthorityKind,
  CONSORTIUM_KINDS,
  ConsortiumKind,
  COST_SHARING_RULES,
  CostSharingRule,
  ENTRUSTED_OPERATIONS,
  EntrustedOperation,
} from '@mutualis/shared/contracts';

export class AuthorityBody {
  @ApiProperty({ description: 'SIRET de l’acheteur (règle S1)', example: '21440050900011' })
  @IsString()
  @Length(9, 20)
  siret!: string;

  @ApiProperty({ description: 'Nom de la collectivité ou de l’organisme', example: 'Crossac' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({
    enum: AUTHORITY_KINDS,
    description: 'Commune, EPCI, département, région ou autre acheteur',
    example: 'commune',
  })
  @IsIn(AUTHORITY_KINDS)
  kind!: AuthorityKind;

  @ApiPropertyOptional({ description: 'Code INSEE (COG) de la commune', example: '44050' })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]{3}$/, { message: 'inseeCode must be an INSEE code' })
  inseeCode?: string;

  @ApiPropertyOptional({ description: 'Population totale', example: 3011 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  population?: number;
}

class ExitClauseBody {
  @ApiProperty({ description: 'La convention permet-elle le retrait d’un membre ?', example: true })
  @IsBoolean()
  allowed!: boolean;

  @ApiProperty({ description: 'Préavis de retrait, en jours', example: 90 })
  @IsInt()
  @Min(0)
  @Max(3650)
  noticeDays!: number;

  @ApiProperty({
    description: 'Qui supporte les conséquences financières du retrait',
    example: 'le membre sortant',
  })
  @IsString()
  @Length(1, 300)
  financialConsequencesBorneBy!: string;
}

class PopulationBracketBody {
  @ApiProperty({
    description: 'Population maximale de la tranche (incluse), null pour la dernière',
    nullable: true,
    type: Number,
    example: 10_000,
  })
  @ValidateIf((bracket: PopulationBracketBody) => bracket.upToPopulation !== null)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  upToPopulation!: number | null;

  @ApiProperty({ description: 'Poids d’un membre de cette tranche', example: 2 })
  @IsInt()
  @Min(1)
  @Max(1000)
  weight!: number;
}

class CostSharingBody {
  @ApiProperty({
    enum: COST_SHARING_RULES,
    description: 'Par tranche de population, au prorata des besoins, ou à parts égales',
    example: 'flat',
  })
  @IsIn(COST_SHARING_RULES)
  rule!: CostSharingRule;

  @ApiProperty({
    type: [PopulationBracketBody],
    description:
      'Tranches de population par ordre croissant, la dernière ouverte (upToPopulation null) ; pour la règle ' +
      'population-brackets, vide sinon',
    example: [
      { upToPopulation: 10_000, weight: 1 },
      { upToPopulation: null, weight: 2 },
    ],
  })
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PopulationBracketBody)
  brackets!: PopulationBracketBody[];
}

export class ConventionBody {
  @ApiProperty({ description: 'Référence de la convention constitutive', example: 'CONV-CYBER-2026-01' })
  @IsString()
  @Length(1, 200)
  reference!: string;

  @ApiProperty({ description: 'Date de signature par le coordonnateur', example: '2026-01-15' })
  @IsCivilDate()
  signedOn!: string;

  @ApiProperty({ description: 'Date d’entrée en vigueur', example: '2026-02-01' })
  @IsCivilDate()
  effectiveOn!: string;

  @ApiProperty({ description: 'Clause d’adhésion de nouveaux membres (règle M3)', example: true })
  @IsBoolean()
  adhesionClause!: boolean;

  @ApiProperty({ type: ExitClauseBody, description: 'Clause de retrait (règle M4)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExitClauseBody)
  exitClause!: ExitClauseBody;

  @ApiProperty({ type: CostSharingBody, description: 'Répartition des frais entre membres' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CostSharingBody)
  costSharing!: CostSharingBody;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO du groupement ou CAO du coordonnateur (CGCT L1414-3)',
    example: 'dedicated',
  })
  @IsIn(['dedicated', 'coordinator'])
  cao!: 'dedicated' | 'coordinator';

  @ApiProperty({
    enum: ENTRUSTED_OPERATIONS,
    isArray: true,
    description:
      'Opérations confiées au coordonnateur au nom des membres (passation, signature, notification, exécution) : ' +
      'les membres n’en sont solidairement responsables que pour celles-ci (L2113-7 ; règle M5)',
    example: ['award', 'signature', 'notification'],
  })
  @ArrayUnique()
  @IsIn(ENTRUSTED_OPERATIONS, { each: true })
  entrustedOperations!: EntrustedOperation[];
}

export class DeliberationBody {
  @ApiProperty({ description: 'Numéro de la délibération', example: 'DCM-2026-031' })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'number must not be blank' })
  number!: string;

  @ApiProperty({ description: 'Date d’adoption', example: '2026-01-10' })
  @IsCivilDate()
  adoptedOn!: string;

  @ApiProperty({ description: 'Organe délibérant', example: 'conseil municipal' })
  @IsString()
  @Length(1, 200)
  body!: string;
}

export class FormConsortiumBody {
  @ApiProperty({
    enum: CONSORTIUM_KINDS,
    description: 'Groupement ponctuel, groupement permanent ou centrale d’achat',
    example: 'permanent-groupement',
  })
  @IsIn(CONSORTIUM_KINDS)
  kind!: ConsortiumKind;

  @ApiProperty({ description: 'Nom', example: 'Groupement cybersécurité de l’estuaire' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({
    type: AuthorityBody,
    description: 'Coordonnateur (membre dès l’entrée en vigueur)',
    example: { siret: '21440184600016', name: 'Saint-Nazaire', kind: 'commune', inseeCode: '44184' },
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AuthorityBody)
  coordinator!: AuthorityBody;

  @ApiProperty({ type: ConventionBody, description: 'Convention constitutive (L2113-7)' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ConventionBody)
  convention!: ConventionBody;

  @ApiPropertyOptional({
    type: () => DeliberationBody,
    description: 'Délibération autorisant le coordonnateur à signer, pour une collectivité (règle M2)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DeliberationBody)
  coordinatorDeliberation?: DeliberationBody;
}

export class ApplyBody {
  @ApiProperty({ type: AuthorityBody, description: 'La collectivité ou l’acheteur qui demande à adhérer' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AuthorityBody)
  authority!: AuthorityBody;
}

export class AdhesionBody {
  @ApiProperty({
    description: 'Date de signature de la convention par le membre (adhésion)',
    example: '2026-03-01',
  })
  @IsCivilDate()
  acceptedOn!: string;
}

export class WithdrawalBody {
  @ApiProperty({
    description: 'Date d’effet du retrait (premier jour hors du groupement)',
    example: '2026-09-01',
  })
  @IsCivilDate()
  effectiveOn!: string;
}

export class LaunchBody {
  @ApiProperty({
    description: 'Identifiant (UUID) de la procédure, celui de la consultation (tenderId)',
    format: 'uuid',
    example: '0190c6a4-7c1e-7000-8000-0000000000b1',
  })
  @IsUUID()
  procedureId!: string;

  @ApiProperty({ description: 'Date d’envoi de l’avis de publicité', example: '2026-03-15' })
  @IsCivilDate()
  launchedOn!: string;

  @ApiProperty({
    description: 'Objet de la consultation',
    example: 'Audit de sécurité des systèmes d’information',
  })
  @IsString()
  @Length(1, 1000)
  object!: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'SIRET des membres mandants : ceux dont la procédure couvre les besoins (les bénéficiaires de la ' +
      'consultation), chacun ayant signé la convention avant la date de lancement (règles M1, M3). Ils sont seuls ' +
      'solidairement responsables des opérations confiées au coordonnateur (L2113-7 ; règle M5). À défaut, tous ' +
      'les membres ayant signé avant le lancement.',
    example: ['21440050900011', '21440184600016'],
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @Matches(/^\d{14}$/, { each: true, message: 'each beneficiary must be a SIRET of 14 digits' })
  beneficiaries?: string[];
}

class RepresentativeBody {
  @ApiProperty({ description: 'SIRET du membre représenté', example: '21440184600016' })
  @Matches(/^\d{14}$/, { message: 'siret must be 14 digits' })
  siret!: string;

  @ApiProperty({ description: 'Nom de l’élu (donnée personnelle, chiffrée)', example: 'Marie Durand' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CaoBody {
  @ApiProperty({ description: 'Date de composition', example: '2026-03-10' })
  @IsCivilDate()
  composedOn!: string;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO propre au groupement, ou CAO du coordonnateur désignée par la convention (règle M6)',
    example: 'dedicated',
  })
  @IsIn(['dedicated', 'coordinator'])
  composition!: 'dedicated' | 'coordinator';

  @ApiProperty({ type: RepresentativeBody, description: 'Président : représentant du coordonnateur' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeBody)
  chair!: RepresentativeBody;

  @ApiProperty({
    type: [RepresentativeBody],
    description: 'Un élu par membre à la date de composition, président compris (CAO du groupement)',
    example: [
      { siret: '21440184600016', name: 'Marie Durand' },
      { siret: '21440050900011', name: 'Jean Martin' },
    ],
  })
  @ArrayMaxSize(2000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RepresentativeBody)
  members!: RepresentativeBody[];
}

export class OnboardingImportBody {
  @ApiProperty({ description: 'Nom du fichier, repris dans le rapport', example: 'adhesions-estuaire.csv' })
  @IsString()
  @Length(1, 300)
  fileName!: string;

  @ApiProperty({
    description:
      'CSV (séparateur virgule ou point-virgule) avec les colonnes siret, nom, type, code_insee, population, ' +
      'deliberation_numero, deliberation_date, organe, adhesion_date ; dates AAAA-MM-JJ, une ligne par collectivité',
    example:
      'siret,nom,type,code_insee,population,deliberation_numero,deliberation_date,organe,adhesion_date\n' +
      '21440195200012,Savenay,commune,44195,,DCM-2026-014,2026-02-15,conseil municipal,2026-03-01\n' +
      '21440096200012,Mésanger,commune,44096,,DCM-2026-022,2026-02-16,conseil municipal,2026-03-01',
  })
  @IsString()
  @Length(1, 1_000_000)
  csv!: string;
}
