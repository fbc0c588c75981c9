import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
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
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '@mutualis/shared/api';
import {
  CriterionKind,
  NEGOTIATION_GROUNDS,
  NegotiationGround,
  NON_ALLOTMENT_GROUNDS,
  NonAllotmentGround,
  TENDER_PROCEDURES,
  TenderBuyer,
  TenderNature,
  TenderProcedure,
  SPECIFIC_SERVICES_CATEGORIES,
  SpecificServicesCategory,
  TIE_BREAK_RULES,
  TieBreakRule,
} from '@mutualis/shared/contracts';
import { BUYERS, CRITERION_KINDS, EXAMPLE, NATURES } from './tender-vocabulary';
import { ExecutionClausesBody, PlaceOfExecutionBody, ReconductionsBody } from './execution-terms.dto';

// The bodies of the coordinator's commands that prepare a consultation: its lots, procedure and criteria.

export const MAX_CENTS = 10_000_000_000_000;
export const SIRET = /^\d{14}$/;

class LotBody {
  @ApiProperty({ description: 'Numéro du lot', example: 1 }) @IsInt() @Min(1) @Max(1000) number!: number;
  @ApiProperty({ description: 'Intitulé du lot', example: 'Audit de sécurité' })
  @IsString()
  @Length(1, 300)
  title!: string;
  @ApiProperty({
    description:
      'Valeur estimée HT du lot, en centimes, tous membres et options, sur la période initiale : la consultation y ' +
      'ajoute les reconductions qu’elle annonce (R2121-1, T1)',
    example: 12_000_000,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  estimatedCents!: number;
  @ApiPropertyOptional({
    description: 'Petit lot passé en procédure adaptée (R2123-1 2°) ; par défaut, non',
    default: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  smallLotMapa?: boolean;
  @ApiPropertyOptional({
    description:
      'Chiffre d’affaires annuel minimal exigé des candidats à ce lot HT, en centimes (T11, R2142-8) : au plus ' +
      '1,5 fois la valeur estimée du lot (consultations lancées depuis le 1er janvier 2026, R2142-7), plafond ' +
      'apprécié lot par lot ; par défaut, celui de la consultation (turnoverRequirementCents)',
    example: 18_000_000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  turnoverRequirementCents?: number;
}

class FrameworkBody {
  @ApiProperty({
    description: 'Maximum de l’accord-cadre HT, en centimes (obligatoire, R2162-4)',
    example: 50_000_000,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  maximumCents!: number;
  @ApiProperty({ description: 'Durée en mois (4 ans au plus pour un pouvoir adjudicateur)', example: 48 })
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths!: number;
  @ApiPropertyOptional({
    description: 'Justification d’une durée supérieure à 4 ans (R2162-4), par l’objet du marché',
    example: 'Amortissement des sondes de supervision sur six ans',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  justification?: string;
}

class NonAllotmentBody {
  @ApiProperty({ enum: NON_ALLOTMENT_GROUNDS, description: 'Motif de non-allotissement (L2113-11)' })
  @IsIn(NON_ALLOTMENT_GROUNDS)
  ground!: NonAllotmentGround;
  @ApiProperty({
    description: 'Motivation expresse du choix de ne pas allotir',
    example: 'Une supervision unique du réseau mutualisé : la scinder la rendrait techniquement difficile',
  })
  @IsString()
  @Length(1, 4000)
  motivation!: string;
}

export class CreateTenderBody {
  @ApiProperty({ description: 'Objet de la consultation', example: 'Cybersécurité des communes' })
  @IsString()
  @Length(1, 1000)
  object!: string;
  @ApiProperty({
    description: 'Code CPV principal (8 chiffres, chiffre de contrôle facultatif)',
    example: '79212000',
  })
  @IsString()
  @Length(8, 10)
  cpvCode!: string;
  @ApiProperty({ enum: NATURES, description: 'Nature du marché : fournitures, services ou travaux' })
  @IsIn(NATURES)
  nature!: TenderNature;
  @ApiPropertyOptional({
    enum: BUYERS,
    description:
      'Catégorie d’acheteur des seuils européens. Par défaut, déduite du groupement : sub-central quand tous les ' +
      'bénéficiaires sont des collectivités ou des EPCI ; à déclarer sinon, ou pour une entité adjudicatrice (utility).',
  })
  @IsOptional()
  @IsIn(BUYERS)
  buyer?: TenderBuyer;
  @ApiProperty({
    type: [LotBody],
    description: 'Les lots : un lot unique demande un motif de non-allotissement',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => LotBody)
  lots!: LotBody[];
  @ApiPropertyOptional({
    type: [String],
    description:
      'Bénéficiaires (SIRET) ; par défaut, les bénéficiaires du recensement, ou à défaut les membres du jour',
    example: EXAMPLE.memberSirets,
  })
  @IsOptional()
  @ArrayMaxSize(10_000)
  @Matches(SIRET, { each: true, message: 'each beneficiary must be a SIRET' })
  beneficiaries?: string[];
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Recensement des besoins clos dont la consultation procède (R2121-1) ; par défaut, aucun',
    example: EXAMPLE.censusId,
  })
  @IsOptional()
  @IsUUID()
  censusId?: string;
  @ApiPropertyOptional({ type: FrameworkBody, description: 'Accord-cadre (T8) ; par défaut, un marché' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => FrameworkBody)
  framework?: FrameworkBody;
  @ApiPropertyOptional({ type: NonAllotmentBody, description: 'Pour un lot unique seulement (T9)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NonAllotmentBody)
  nonAllotment?: NonAllotmentBody;
  @ApiPropertyOptional({
    description:
      'Chiffre d’affaires annuel minimal exigé HT, en centimes (T11), des candidats à chaque lot qui n’en fixe ' +
      'pas un en propre ; plafonné par la valeur de chacun de ces lots ; par défaut, aucun',
    example: 24_000_000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  turnoverRequirementCents?: number;
  @ApiPropertyOptional({
    description: 'Achat innovant (R2122-9-1) ; par défaut, non',
    default: false,
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  innovative?: boolean;
  @ApiPropertyOptional({
    enum: TIE_BREAK_RULES,
    default: 'price-then-drawing',
    description:
      'Règle de départage des offres à égalité de note pondérée, fixée avant l’envoi de l’avis (égalité de ' +
      'traitement, L3) : price-then-drawing, la meilleure note sur les critères de prix ou de coût puis un tirage au ' +
      'sort ; drawing, un tirage au sort d’emblée. Jamais l’ordre des identifiants' +
      ' ; par défaut, price-then-drawing',
  })
  @IsOptional()
  @IsIn(TIE_BREAK_RULES)
  tieBreak?: TieBreakRule;
  @ApiPropertyOptional({
    enum: SPECIFIC_SERVICES_CATEGORIES,
    description:
      'Rubrique de l’annexe du code de la commande publique des services sociaux et autres services spécifiques dont ' +
      'relèvent les services (R2123-1 3°) : une procédure adaptée leur est ouverte jusqu’à 750 000 € HT (1 000 000 € ' +
      'pour une entité adjudicatrice) au lieu du seuil européen des services. health-social : services sanitaires, ' +
      'sociaux et connexes ; administrative-social-educational-health-cultural : services administratifs sociaux, ' +
      'éducatifs, culturels et de santé ; compulsory-social-security : sécurité sociale obligatoire ; benefits : ' +
      'services de prestations ; other-community-social-personal : autres services communautaires, sociaux et ' +
      'personnels ; religious : services religieux ; hotel-restaurant : hôtellerie et restauration ; legal : ' +
      'services juridiques non exclus ; other-administrative-government : autres services administratifs et publics ' +
      '; community : prestations pour la collectivité ; prison-security-rescue : services pénitentiaires, de ' +
      'sécurité publique et de secours ; investigation-security : enquête et sécurité ; international : services ' +
      'internationaux ; postal : services postaux ; miscellaneous : services divers (rechapage de pneus, forge). ' +
      'Pour des services seulement' +
      ' ; par défaut, aucune (services ordinaires)',
  })
  @IsOptional()
  @IsIn(SPECIFIC_SERVICES_CATEGORIES)
  specificServicesCategory?: SpecificServicesCategory;
  @ApiPropertyOptional({
    type: ReconductionsBody,
    description:
      'Les reconductions annoncées avec la durée totale (R2112-4, C9) : comptées dans la valeur estimée (T1) et, ' +
      'pour un accord-cadre, dans sa durée totale de 4 ans au plus (8 pour une entité adjudicatrice, T8) ; le ' +
      'marché n’en admet pas d’autres ; par défaut, aucune',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReconductionsBody)
  reconductions?: ReconductionsBody;
  @ApiPropertyOptional({
    type: PlaceOfExecutionBody,
    description: 'Lieu d’exécution principal (DECP lieuExecution) ; par défaut, non précisé',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PlaceOfExecutionBody)
  placeOfExecution?: PlaceOfExecutionBody;
  @ApiPropertyOptional({
    type: ExecutionClausesBody,
    description: 'Clauses sociales et environnementales d’exécution (L2112-2) ; par défaut, aucune',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ExecutionClausesBody)
  executionClauses?: ExecutionClausesBody;
}

export class ChooseProcedureBody {
  @ApiProperty({
    enum: TENDER_PROCEDURES,
    description:
      'Procédure : appel d’offres ouvert ou restreint, procédure avec négociation, dialogue compétitif, procédure ' +
      'adaptée (MAPA) ou marché sans publicité ni mise en concurrence (dispense)',
  })
  @IsIn(TENDER_PROCEDURES)
  procedure!: TenderProcedure;
  @ApiPropertyOptional({
    enum: NEGOTIATION_GROUNDS,
    description: 'Cas de R2124-3 ouvrant la négociation ou le dialogue ; par défaut, aucun',
  })
  @IsOptional()
  @IsIn(NEGOTIATION_GROUNDS)
  negotiationGround?: NegotiationGround;
  @ApiProperty({
    description: 'Date d’envoi prévue de l’avis (AAAA-MM-JJ) : elle fixe les seuils applicables',
    example: '2026-09-01',
  })
  @IsCivilDate()
  plannedLaunchOn!: string;
}

class CriterionBody {
  @ApiProperty({ description: 'Intitulé du critère', example: 'Valeur technique' })
  @IsString()
  @Length(1, 300)
  name!: string;
  @ApiProperty({ description: 'Pondération, en % (la somme des critères du lot fait 100)', example: 50 })
  @IsInt()
  @Min(0)
  @Max(100)
  weightPercent!: number;
  @ApiProperty({ enum: CRITERION_KINDS, description: 'Prix, coût, qualité, environnement, social ou autre' })
  @IsIn(CRITERION_KINDS)
  kind!: CriterionKind;
  @ApiPropertyOptional({
    description:
      'Le critère tient compte des caractéristiques environnementales de l’offre ; par défaut, oui pour un critère ' +
      'environmental, non sinon',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  environmental?: boolean;
}

export class CriteriaBody {
  @ApiProperty({
    type: [CriterionBody],
    description: 'Les critères d’attribution du lot et leur pondération (R2152-7, T10)',
    example: [
      { name: 'Prix', weightPercent: 40, kind: 'price' },
      { name: 'Valeur technique', weightPercent: 50, kind: 'quality' },
      { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental' },
    ],
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CriterionBody)
  criteria!: CriterionBody[];
}
