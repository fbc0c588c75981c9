import { IsCivilDate } from '@mutualis/shared/api';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
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

const MAX_CENTS = 10_000_000_000_000;

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

  @ApiProperty({ enum: AUTHORITY_KINDS, description: 'Commune, EPCI, département, région ou autre acheteur' })
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
  @ApiProperty({ description: 'La convention permet-elle le retrait d’un membre ?' })
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
  })
  @IsIn(COST_SHARING_RULES)
  rule!: CostSharingRule;

  @ApiProperty({ type: [PopulationBracketBody] })
  @ArrayMaxSize(50)
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

  @ApiProperty({ description: 'Clause d’adhésion de nouveaux membres (règle M3)' })
  @IsBoolean()
  adhesionClause!: boolean;

  @ApiProperty({ type: ExitClauseBody, description: 'Clause de retrait (règle M4)' })
  @ValidateNested()
  @Type(() => ExitClauseBody)
  exitClause!: ExitClauseBody;

  @ApiProperty({ type: CostSharingBody, description: 'Répartition des frais entre membres' })
  @ValidateNested()
  @Type(() => CostSharingBody)
  costSharing!: CostSharingBody;

  @ApiProperty({
    enum: ['dedicated', 'coordinator'],
    description: 'CAO du groupement ou CAO du coordonnateur (CGCT L1414-3)',
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

  @ApiProperty({ description: 'Date d’adoption', example: '2026-02-10' })
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
  })
  @IsIn(CONSORTIUM_KINDS)
  kind!: ConsortiumKind;

  @ApiProperty({ description: 'Nom', example: 'Groupement cybersécurité de l’estuaire' })
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ type: AuthorityBody, description: 'Coordonnateur (membre dès l’entrée en vigueur)' })
  @ValidateNested()
  @Type(() => AuthorityBody)
  coordinator!: AuthorityBody;

  @ApiProperty({ type: ConventionBody })
  @ValidateNested()
  @Type(() => ConventionBody)
  convention!: ConventionBody;

  @ApiPropertyOptional({
    type: () => DeliberationBody,
    description: 'Délibération autorisant le coordonnateur à signer, pour une collectivité (règle M2)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliberationBody)
  coordinatorDeliberation?: DeliberationBody;
}

export class ApplyBody {
  @ApiProperty({ type: AuthorityBody })
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
  @ApiProperty({ description: 'Identifiant de la procédure', format: 'uuid' })
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
}

class RepresentativeBody {
  @ApiProperty({ description: 'SIRET du membre représenté' })
  @Matches(/^\d{14}$/, { message: 'siret must be 14 digits' })
  siret!: string;

  @ApiProperty({ description: 'Nom de l’élu (donnée personnelle, chiffrée)' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CaoBody {
  @ApiProperty({ description: 'Date de composition', example: '2026-03-10' })
  @IsCivilDate()
  composedOn!: string;

  @ApiProperty({ enum: ['dedicated', 'coordinator'] })
  @IsIn(['dedicated', 'coordinator'])
  composition!: 'dedicated' | 'coordinator';

  @ApiProperty({ type: RepresentativeBody, description: 'Président : représentant du coordonnateur' })
  @ValidateNested()
  @Type(() => RepresentativeBody)
  chair!: RepresentativeBody;

  @ApiProperty({ type: [RepresentativeBody], description: 'Un élu par membre (CAO du groupement)' })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => RepresentativeBody)
  members!: RepresentativeBody[];
}

class LotBody {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  number!: number;

  @ApiProperty({ example: 'Audit de sécurité' })
  @IsString()
  @Length(1, 300)
  title!: string;
}

class DurationBody {
  @ApiProperty({ description: 'Durée initiale en mois', example: 36 })
  @IsInt()
  @Min(1)
  @Max(600)
  initialMonths!: number;

  @ApiProperty({ description: 'Nombre de reconductions', example: 1 })
  @IsInt()
  @Min(0)
  @Max(20)
  renewals!: number;

  @ApiProperty({ description: 'Durée de chaque reconduction en mois', example: 12 })
  @IsInt()
  @Min(0)
  @Max(120)
  monthsPerRenewal!: number;
}

export class OpenCensusBody {
  @ApiProperty({ description: 'Objet de l’achat', example: 'Cybersécurité des communes' })
  @IsString()
  @Length(1, 1000)
  object!: string;

  @ApiProperty({ description: 'Code CPV principal (liste officielle)', example: '79212000' })
  @IsString()
  @Length(8, 10)
  cpvCode!: string;

  @ApiProperty({ type: [LotBody] })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => LotBody)
  lots!: LotBody[];

  @ApiProperty({ type: DurationBody })
  @ValidateNested()
  @Type(() => DurationBody)
  duration!: DurationBody;

  @ApiProperty({ description: 'Options envisagées', example: 'tests d’intrusion supplémentaires' })
  @IsString()
  @Length(0, 2000)
  options!: string;
}

class NeedBody {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  lot!: number;

  @ApiProperty({ description: 'Besoin annuel estimé HT, en centimes', example: 1_000_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  annualCents!: number;

  @ApiProperty({ description: 'Options annuelles estimées HT, en centimes', example: 200_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  optionsAnnualCents!: number;
}

export class NeedsBody {
  @ApiProperty({ type: [NeedBody] })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => NeedBody)
  needs!: NeedBody[];
}

export class OnboardingImportBody {
  @ApiProperty({ example: 'adhesions-estuaire.csv' })
  @IsString()
  @Length(1, 300)
  fileName!: string;

  @ApiProperty({
    description:
      'CSV (séparateur virgule ou point-virgule) avec les colonnes siret, nom, type, code_insee, population, ' +
      'deliberation_numero, deliberation_date, organe, adhesion_date',
  })
  @IsString()
  @Length(1, 1_000_000)
  csv!: string;
}
