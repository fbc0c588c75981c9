import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  ValidateNested,
} from 'class-validator';
import { IsCivilDate, IsInstant } from '@mutualis/shared/api';
import {
  NEGOTIATION_GROUNDS,
  NegotiationGround,
  NON_ALLOTMENT_GROUNDS,
  NonAllotmentGround,
  TENDER_PROCEDURES,
  TenderProcedure,
} from '@mutualis/shared/contracts';

const MAX_CENTS = 10_000_000_000_000;
const SIRET = /^\d{14}$/;

class LotBody {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(1000) number!: number;
  @ApiProperty({ example: 'Audit de sécurité' }) @IsString() @Length(1, 300) title!: string;
  @ApiProperty({
    description: 'Valeur estimée HT du lot, en centimes (tous membres, options, reconductions)',
    example: 12_000_000,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  estimatedCents!: number;
  @ApiPropertyOptional({ description: 'Petit lot passé en procédure adaptée (R2123-1 2°)' })
  @IsOptional()
  @IsBoolean()
  smallLotMapa?: boolean;
}

class FrameworkBody {
  @ApiProperty({ description: 'Maximum de l’accord-cadre HT, en centimes (obligatoire, R2162-4)' })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  maximumCents!: number;
  @ApiProperty({ description: 'Durée en mois (4 ans au plus pour un pouvoir adjudicateur)', example: 48 })
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths!: number;
  @ApiPropertyOptional({ description: 'Justification d’une durée supérieure' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  justification?: string;
}

class NonAllotmentBody {
  @ApiProperty({ enum: NON_ALLOTMENT_GROUNDS, description: 'Motif de non-allotissement (L2113-11)' })
  @IsIn(NON_ALLOTMENT_GROUNDS)
  ground!: NonAllotmentGround;
  @ApiProperty({ description: 'Motivation expresse' }) @IsString() @Length(1, 4000) motivation!: string;
}

export class CreateTenderBody {
  @ApiProperty({ description: 'Objet de la consultation' }) @IsString() @Length(1, 1000) object!: string;
  @ApiProperty({ description: 'Code CPV principal', example: '79212000' })
  @IsString()
  @Length(8, 10)
  cpvCode!: string;
  @ApiProperty({ enum: ['supplies', 'services', 'works'] }) @IsIn(['supplies', 'services', 'works']) nature!:
    | 'supplies'
    | 'services'
    | 'works';
  @ApiPropertyOptional({
    enum: ['sub-central', 'central', 'utility'],
    description:
      'Catégorie d’acheteur des seuils européens. Par défaut, déduite du groupement : sub-central quand tous les ' +
      'bénéficiaires sont des collectivités ou des EPCI ; à déclarer sinon, ou pour une entité adjudicatrice (utility).',
  })
  @IsOptional()
  @IsIn(['sub-central', 'central', 'utility'])
  buyer?: 'sub-central' | 'central' | 'utility';
  @ApiProperty({ type: [LotBody] })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => LotBody)
  lots!: LotBody[];
  @ApiPropertyOptional({
    type: [String],
    description: 'Bénéficiaires (SIRET) ; par défaut, les membres du jour',
  })
  @IsOptional()
  @ArrayMaxSize(10_000)
  @Matches(SIRET, { each: true, message: 'each beneficiary must be a SIRET' })
  beneficiaries?: string[];
  @ApiPropertyOptional({ description: 'Recensement des besoins dont la consultation procède' })
  @IsOptional()
  @IsUUID()
  censusId?: string;
  @ApiPropertyOptional({ type: FrameworkBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => FrameworkBody)
  framework?: FrameworkBody;
  @ApiPropertyOptional({ type: NonAllotmentBody })
  @IsOptional()
  @ValidateNested()
  @Type(() => NonAllotmentBody)
  nonAllotment?: NonAllotmentBody;
  @ApiPropertyOptional({ description: 'Chiffre d’affaires minimal exigé HT, en centimes (T11)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  turnoverRequirementCents?: number;
  @ApiPropertyOptional({ description: 'Achat innovant (R2122-9-1)' })
  @IsOptional()
  @IsBoolean()
  innovative?: boolean;
}

export class ChooseProcedureBody {
  @ApiProperty({ enum: TENDER_PROCEDURES }) @IsIn(TENDER_PROCEDURES) procedure!: TenderProcedure;
  @ApiPropertyOptional({ enum: NEGOTIATION_GROUNDS, description: 'Cas de R2124-3 (négociation, dialogue)' })
  @IsOptional()
  @IsIn(NEGOTIATION_GROUNDS)
  negotiationGround?: NegotiationGround;
  @ApiProperty({ description: 'Date d’envoi prévue de l’avis : elle fixe les seuils applicables' })
  @IsCivilDate()
  plannedLaunchOn!: string;
}

class CriterionBody {
  @ApiProperty({ example: 'Valeur technique' }) @IsString() @Length(1, 300) name!: string;
  @ApiProperty({ example: 50 }) @IsInt() @Min(0) @Max(100) weightPercent!: number;
  @ApiProperty({ enum: ['price', 'cost', 'quality', 'environmental', 'social', 'other'] })
  @IsIn(['price', 'cost', 'quality', 'environmental', 'social', 'other'])
  kind!: 'price' | 'cost' | 'quality' | 'environmental' | 'social' | 'other';
  @ApiPropertyOptional({
    description: 'Le critère tient compte des caractéristiques environnementales de l’offre',
  })
  @IsOptional()
  @IsBoolean()
  environmental?: boolean;
}

export class CriteriaBody {
  @ApiProperty({ type: [CriterionBody] })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionBody)
  criteria!: CriterionBody[];
}

export class PublishBody {
  @ApiProperty({
    description: 'Date limite de remise des offres (instant ISO 8601 avec fuseau)',
    example: '2026-10-05T12:00:00+02:00',
  })
  @IsInstant()
  deadlineAt!: string;
  @ApiProperty({ description: 'Offres transmises par voie électronique (délai réduit, R2161-3)' })
  @IsBoolean()
  electronic!: boolean;
  @ApiProperty({ description: 'Avis de préinformation publié 35 jours à 12 mois avant' })
  @IsBoolean()
  pin!: boolean;
  @ApiProperty({ description: 'Urgence dûment justifiée' }) @IsBoolean() urgency!: boolean;
}

export class QuestionBody {
  @ApiPropertyOptional({ description: 'Lot concerné' }) @IsOptional() @IsInt() @Min(1) lot?: number;
  @ApiProperty({ description: 'Question (publiée à tous sans le nom de son auteur)' })
  @IsString()
  @Length(1, 4000)
  text!: string;
}

export class AnswerBody {
  @ApiProperty() @IsUUID() questionId!: string;
  @ApiProperty({ description: 'Réponse, publiée à tous les candidats' })
  @IsString()
  @Length(1, 4000)
  answer!: string;
}

export class ExtensionBody {
  @ApiProperty({ description: 'Nouvelle date limite' }) @IsInstant() deadlineAt!: string;
  @ApiProperty({ description: 'Motif du report' }) @IsString() @Length(1, 2000) reason!: string;
}

export class AmendmentBody {
  @ApiProperty({ description: 'Objet de l’avis rectificatif' }) @IsString() @Length(1, 4000) summary!: string;
}

class DocumentBody {
  @ApiProperty({ example: 'memoire-technique.pdf' }) @IsString() @Length(1, 300) name!: string;
  @ApiProperty({ description: 'SHA-256 du fichier' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256!: string;
}

export class CandidatureBody {
  @ApiProperty({
    enum: ['dume', 'dc1-dc2'],
    description: 'Formulaire de candidature : le DUME électronique est accepté à la place des DC1 et DC2',
  })
  @IsIn(['dume', 'dc1-dc2'])
  form!: 'dume' | 'dc1-dc2';
}

export class InvitationBody {
  @ApiProperty({
    description: 'SIRET des candidats sélectionnés, invités à remettre une offre',
    type: [String],
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @Matches(SIRET, { each: true })
  suppliers!: string[];
  @ApiProperty({
    description: 'Date limite de remise des offres (instant avec fuseau)',
    example: '2026-11-05T12:00:00+01:00',
  })
  @IsInstant()
  offersDeadlineAt!: string;
  @ApiProperty({ description: 'Offres transmises par voie électronique (délai réduit à 25 jours, R2161-8)' })
  @IsBoolean()
  electronic!: boolean;
}

export class BidBody {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) lot!: number;
  @ApiProperty({ description: 'Montant de l’offre HT, en centimes — scellé jusqu’à l’ouverture' })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  amountCents!: number;
  @ApiProperty({
    type: [DocumentBody],
    description: 'Pièces de l’offre (empreintes) — scellées jusqu’à l’ouverture',
  })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DocumentBody)
  documents!: DocumentBody[];
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 4000) note?: string;
}

/** A regularised offer: completed documents; a changed lot or price is a substantial change (R2152-2). */
export class RegularisedBidBody extends BidBody {}

class ScoreBody {
  @ApiProperty() @IsString() @Length(1, 300) criterion!: string;
  @ApiProperty() @IsInt() @Min(0) @Max(100) score!: number;
}

export class ScoresBody {
  @ApiProperty({ description: 'Note de 0 à 100 par critère du lot' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScoreBody)
  scores!: ScoreBody[];
}

export class AssessmentBody {
  @ApiProperty({ description: 'Les justifications expliquent-elles le prix ?' })
  @IsBoolean()
  justified!: boolean;
  @ApiProperty() @IsString() @Length(1, 4000) assessment!: string;
}

export class IrregularityBody {
  @ApiProperty({ enum: ['irregular', 'unacceptable', 'inappropriate'] })
  @IsIn(['irregular', 'unacceptable', 'inappropriate'])
  kind!: 'irregular' | 'unacceptable' | 'inappropriate';
  @ApiProperty() @IsString() @Length(1, 4000) detail!: string;
}

export class RejectionBody {
  @ApiProperty({ enum: ['abnormally-low', 'irregular', 'unacceptable', 'inappropriate'] })
  @IsIn(['abnormally-low', 'irregular', 'unacceptable', 'inappropriate'])
  reason!: 'abnormally-low' | 'irregular' | 'unacceptable' | 'inappropriate';
}

export class RegularisationRequestBody {
  @ApiProperty({ description: 'Date limite de régularisation, la même pour tous' })
  @IsInstant()
  deadlineAt!: string;
}

export class NoticesBody {
  @ApiProperty({
    description: 'Notifications de rejet envoyées par voie électronique (standstill 11 jours, sinon 16)',
  })
  @IsBoolean()
  electronic!: boolean;
}

export class ReasonBody {
  @ApiProperty() @IsString() @Length(1, 4000) reason!: string;
}

export class SignatureBody {
  @ApiProperty({ description: 'Montant du marché HT, en centimes' })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents!: number;
}

export class ClosureBody {
  @ApiProperty({ enum: ['unsuccessful', 'abandoned'], description: 'Infructueux ou sans suite' })
  @IsIn(['unsuccessful', 'abandoned'])
  outcome!: 'unsuccessful' | 'abandoned';
  @ApiProperty() @IsString() @Length(1, 4000) reason!: string;
}
