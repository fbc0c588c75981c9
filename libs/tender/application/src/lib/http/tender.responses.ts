import { ApiProperty } from '@nestjs/swagger';
import {
  NON_ALLOTMENT_GROUNDS,
  NonAllotmentGround,
  TenderBuyer,
  TenderCreated,
  TenderLot,
  TenderNature,
  SPECIFIC_SERVICES_CATEGORIES,
  SpecificServicesCategory,
  TIE_BREAK_RULES,
  TieBreakRule,
} from '@mutualis/shared/contracts';
import {
  CandidatureView,
  CriterionView,
  InvitationView,
  ProcedureView,
  PublicationView,
  QuestionView,
} from './tender-acts.responses';
import {
  AwardDocumentsRequestView,
  AwardView,
  ClosureView,
  EvaluationView,
  OpeningView,
  RejectionNoticesView,
  SignatureView,
} from './tender-decisions.responses';
import { BUYERS, EXAMPLE, NATURES } from './tender-vocabulary';
import { ExecutionClausesView, PlaceOfExecutionView, ReconductionsView } from './execution-terms.responses';
import { ApiMap, ApiObjectOrNull } from '@mutualis/shared/api';

// The consultation as the coordinator, the members and the auditors read it (`GET …/tenders/{tenderId}`).

export class TenderLotView implements TenderLot {
  @ApiProperty({ description: 'Numéro du lot', example: 1 })
  number!: number;

  @ApiProperty({ description: 'Intitulé du lot', example: 'Audit de sécurité' })
  title!: string;

  @ApiProperty({
    description:
      'Valeur estimée HT du lot, en centimes, sur toute la durée, reconductions annoncées comprises (T1)',
    example: 12_000_000,
  })
  estimatedCents!: number;

  @ApiProperty({ description: 'Petit lot passé en procédure adaptée (R2123-1 2°, T4)', example: false })
  smallLotMapa!: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Chiffre d’affaires annuel minimal exigé des candidats à ce lot HT, en centimes (T11, R2142-8) : le sien, ' +
      'sinon celui de la consultation ; au plus 1,5 fois la valeur estimée du lot ; null sans exigence',
    example: 18_000_000,
  })
  turnoverRequirementCents!: number | null;
}

class FrameworkView implements NonNullable<TenderCreated['framework']> {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Maximum de l’accord-cadre HT, en centimes (R2162-4, T8)',
    example: 50_000_000,
  })
  maximumCents!: number | null;

  @ApiProperty({ description: 'Durée, en mois', example: 48 })
  durationMonths!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Justification d’une durée supérieure à 4 ans ; null sans objet',
    example: null,
  })
  justification!: string | null;
}

class NonAllotmentView implements NonNullable<TenderCreated['nonAllotment']> {
  @ApiProperty({ enum: NON_ALLOTMENT_GROUNDS, description: 'Motif de non-allotissement (L2113-11)' })
  ground!: NonAllotmentGround;

  @ApiProperty({
    description: 'Motivation expresse',
    example: 'Une supervision unique du réseau mutualisé : la scinder la rendrait techniquement difficile',
  })
  motivation!: string;
}

/** An offer once the bids are opened: who bid on which lot, and the fingerprint of what was sealed. */
export class BidSummaryView {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de l’offre', example: EXAMPLE.bidId })
  bidId!: string;

  @ApiProperty({ description: 'Lot auquel l’offre répond', example: 1 })
  lot!: number;

  @ApiProperty({ description: 'SIRET du soumissionnaire', example: EXAMPLE.supplierSiret })
  supplierSiret!: string;

  @ApiProperty({
    description:
      'Empreinte SHA-256 du contenu scellé : prouve que ce qui a été ouvert est ce qui a été déposé',
    example: EXAMPLE.sha256,
  })
  contentSha256!: string;
}

export class TenderView implements TenderCreated {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la consultation', example: EXAMPLE.tenderId })
  tenderId!: string;

  @ApiProperty({ format: 'uuid', description: 'Le groupement acheteur', example: EXAMPLE.consortiumId })
  consortiumId!: string;

  @ApiProperty({ description: 'Objet de la consultation', example: 'Cybersécurité des communes' })
  object!: string;

  @ApiProperty({ description: 'Code CPV principal', example: '79212000' })
  cpvCode!: string;

  @ApiProperty({ enum: NATURES, description: 'Nature du marché : fournitures, services ou travaux' })
  nature!: TenderNature;

  @ApiProperty({ enum: BUYERS, description: 'Catégorie d’acheteur des seuils européens' })
  buyer!: TenderBuyer;

  @ApiProperty({ type: [TenderLotView], description: 'Les lots' })
  lots!: TenderLotView[];

  @ApiProperty({
    description:
      'Valeur estimée HT de l’opération entière, en centimes : somme des lots, ou maximum de l’accord-cadre s’il ' +
      'est plus élevé (R2121-1, T1)',
    example: 21_600_000,
  })
  estimatedCents!: number;

  @ApiProperty({
    type: [String],
    description: 'SIRET des membres dont la consultation couvre les besoins',
    example: EXAMPLE.memberSirets,
  })
  beneficiaries!: string[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Le recensement des besoins dont la consultation procède ; null sans recensement',
    example: null,
  })
  censusId!: string | null;

  @ApiObjectOrNull(FrameworkView, { description: 'L’accord-cadre ; null pour un marché' })
  framework!: FrameworkView | null;

  @ApiObjectOrNull(NonAllotmentView, {
    description: 'Le motif de non-allotissement d’un lot unique ; null sinon',
  })
  nonAllotment!: NonAllotmentView | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Chiffre d’affaires annuel minimal exigé HT, en centimes (T11), des candidats à tout lot qui n’en fixe pas ' +
      'un en propre ; null sans exigence',
    example: null,
  })
  turnoverRequirementCents!: number | null;

  @ApiProperty({ description: 'Achat innovant (R2122-9-1)', example: false })
  innovative!: boolean;

  @ApiProperty({
    enum: TIE_BREAK_RULES,
    description:
      'Règle de départage des offres à égalité, fixée à la création (L3) : price-then-drawing, la meilleure note ' +
      'de prix ou de coût puis un tirage au sort ; drawing, un tirage au sort. price-then-drawing pour une ' +
      'consultation créée sans règle',
    example: 'price-then-drawing',
  })
  tieBreak!: TieBreakRule;

  @ApiProperty({
    type: String,
    // A nullable enum lists null among its values (OpenAPI 3.0.3).
    enum: [...SPECIFIC_SERVICES_CATEGORIES, null],
    nullable: true,
    description:
      'Rubrique de l’annexe des services sociaux et autres services spécifiques dont relèvent les services ' +
      '(R2123-1 3°, procédure adaptée jusqu’à 750 000 € HT) ; null pour des services ordinaires, des fournitures ' +
      'ou des travaux',
    example: null,
  })
  specificServicesCategory!: SpecificServicesCategory | null;

  @ApiObjectOrNull(ReconductionsView, {
    description:
      'Les reconductions annoncées (R2112-4, C9), comptées dans les valeurs estimées ; null : aucune (ou ' +
      'consultation créée avant qu’elle les annonce)',
  })
  reconductions!: ReconductionsView | null;

  @ApiObjectOrNull(PlaceOfExecutionView, { description: 'Lieu d’exécution principal ; null : non précisé' })
  placeOfExecution!: PlaceOfExecutionView | null;

  @ApiProperty({
    type: ExecutionClausesView,
    description: 'Clauses sociales et environnementales d’exécution',
  })
  executionClauses!: ExecutionClausesView;

  @ApiObjectOrNull(ProcedureView, { description: 'La procédure choisie ; null tant qu’elle ne l’est pas' })
  procedure!: ProcedureView | null;

  @ApiMap([CriterionView], {
    description: 'Les critères d’attribution, par numéro de lot',
    example: {
      1: [
        { name: 'Prix', weightPercent: 40, kind: 'price', environmental: false },
        { name: 'Valeur technique', weightPercent: 50, kind: 'quality', environmental: false },
        { name: 'Sobriété énergétique', weightPercent: 10, kind: 'environmental', environmental: true },
      ],
    },
  })
  criteria!: Record<number, CriterionView[]>;

  @ApiObjectOrNull(PublicationView, { description: 'L’avis de publicité envoyé ; null avant le lancement' })
  published!: PublicationView | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'Date limite de remise des offres en vigueur, reports compris (UTC) ; null avant le lancement',
    example: '2026-10-05T10:00:00.000Z',
  })
  deadlineAt!: string | null;

  @ApiMap(QuestionView, {
    description: 'Les questions des candidats et leurs réponses, par identifiant de question',
    example: {
      [EXAMPLE.questionId]: {
        lot: 1,
        text: 'L’audit couvre-t-il les écoles des communes membres ?',
        answer: 'Oui : les écoles sont dans le périmètre de l’audit.',
      },
    },
  })
  questions!: Record<string, QuestionView>;

  @ApiProperty({
    type: [CandidatureView],
    description: 'Les candidatures reçues (procédures en deux temps), une par candidat',
  })
  candidatures!: CandidatureView[];

  @ApiObjectOrNull(InvitationView, {
    description: 'L’invitation des candidats sélectionnés à remettre une offre ; null sans invitation',
  })
  invited!: InvitationView | null;

  @ApiProperty({
    type: [BidSummaryView],
    description:
      'Les offres en vigueur, après l’ouverture des plis seulement : vide avant, qui a déposé reste scellé',
  })
  bids!: BidSummaryView[];

  @ApiProperty({
    description: 'Nombre d’offres en vigueur (retraits déduits), connu avant l’ouverture',
    example: 2,
  })
  bidCount!: number;

  @ApiObjectOrNull(OpeningView, { description: 'L’ouverture des plis ; null avant' })
  opened!: OpeningView | null;

  @ApiProperty({ type: EvaluationView, description: 'L’analyse des offres' })
  evaluation!: EvaluationView;

  @ApiMap(AwardDocumentsRequestView, {
    description:
      'La dernière demande de pièces au candidat pressenti pour l’attribution, par numéro de lot (R2144-4)',
  })
  documentRequests!: Record<number, AwardDocumentsRequestView>;

  @ApiMap(AwardView, { description: 'Les attributions, par numéro de lot' })
  awards!: Record<number, AwardView>;

  @ApiMap(RejectionNoticesView, { description: 'Les notifications de rejet envoyées, par numéro de lot' })
  notices!: Record<number, RejectionNoticesView>;

  @ApiMap(SignatureView, { description: 'Les marchés signés, par numéro de lot' })
  signed!: Record<number, SignatureView>;

  @ApiMap(ClosureView, { description: 'Les lots déclarés infructueux ou sans suite, par numéro de lot' })
  closed!: Record<number, ClosureView>;

  @ApiProperty({
    description: 'Version du flux de la consultation : la valeur de l’ETag, à renvoyer dans If-Match',
    example: 7,
  })
  version!: number;
}
