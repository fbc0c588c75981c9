import { ApiProperty } from '@nestjs/swagger';
import {
  AWARD_DOCUMENTS,
  AwardDocumentKind,
  AwardDocumentsRequested,
  BidScored,
  BidsOpened,
  ContractSigned,
  IrregularityKind,
  LotAwarded,
  LotClosedWithoutAward,
  RegularisationRequested,
  RejectionNoticesSent,
  RejectionReason,
  TieDrawn,
} from '@mutualis/shared/contracts';
import { TenderState } from '@mutualis/tender/domain';
import { CLOSURE_OUTCOMES, EXAMPLE, IRREGULARITY_KINDS, REJECTION_REASONS } from './tender-vocabulary';
import { ApiMap } from '@mutualis/shared/api';

// The acts of a consultation from the opening of the bids: analysis, award, standstill, signature or closure.

type ExplanationOfBid = TenderState['explanations'][string];

const BID_ID = { format: 'uuid', description: 'Identifiant de l’offre', example: EXAMPLE.bidId } as const;
const SUPPLIER = { description: 'SIRET de l’attributaire', example: EXAMPLE.supplierSiret } as const;
const LOT = { description: 'Numéro du lot', example: 1 } as const;

class OpenedLotView {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Les offres du lot en vigueur à la date limite',
    example: [EXAMPLE.bidId, EXAMPLE.otherBidId],
  })
  bidIds!: string[];
}

export class OpeningView implements BidsOpened {
  @ApiProperty({
    format: 'date-time',
    description: 'Ouverture des plis (UTC)',
    example: '2026-10-05T12:00:00.000Z',
  })
  openedAt!: string;

  @ApiProperty({
    description: 'Qui a ouvert les plis (identifiant de l’utilisateur)',
    example: 'coordinator-user',
  })
  openedBy!: string;

  @ApiProperty({ type: [OpenedLotView], description: 'Les offres ouvertes, par lot' })
  bids!: OpenedLotView[];
}

class CriterionScoreView {
  @ApiProperty({ description: 'Intitulé du critère', example: 'Prix' })
  criterion!: string;

  @ApiProperty({ description: 'Note, de 0 à 100 % des points du critère', example: 100 })
  score!: number;
}

export class BidScoreView implements BidScored {
  @ApiProperty(BID_ID)
  bidId!: string;

  @ApiProperty({ type: [CriterionScoreView], description: 'Note de l’offre sur chaque critère du lot' })
  scores!: CriterionScoreView[];

  @ApiProperty({
    description:
      'Note pondérée, de 0 à 10 000 : moyenne des notes pondérée par les critères, en centièmes de point',
    example: 8800,
  })
  weightedTotal!: number;
}

/** T12: an offer that looks abnormally low, whose explanation was asked. */
export class ExplanationView implements ExplanationOfBid {
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description:
      'Les précisions justifient-elles le prix ? null tant qu’elles n’ont pas été appréciées (R2152-3, R2152-4)',
    example: null,
  })
  justified!: boolean | null;
}

export class RegularisationView implements RegularisationRequested {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Les offres irrégulières invitées à être régularisées',
    example: [EXAMPLE.otherBidId],
  })
  bidIds!: string[];

  @ApiProperty({
    format: 'date-time',
    description: 'Date limite de régularisation, la même pour tous (UTC)',
    example: '2026-10-12T10:00:00.000Z',
  })
  deadlineAt!: string;
}

class RankView {
  @ApiProperty(BID_ID)
  bidId!: string;

  @ApiProperty({ description: 'Note pondérée, de 0 à 10 000', example: 8800 })
  weightedTotal!: number;
}

export class AwardDocumentsRequestView implements AwardDocumentsRequested {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({ ...BID_ID, description: 'L’offre du candidat pressenti pour l’attribution' })
  bidId!: string;

  @ApiProperty({ description: 'SIRET du candidat pressenti', example: EXAMPLE.supplierSiret })
  supplierSiret!: string;

  @ApiProperty({
    enum: AWARD_DOCUMENTS,
    isArray: true,
    description:
      'Les pièces demandées, celles que le registre ne détient pas valables : attestation de régularité fiscale ' +
      '(tax-regularity), attestation de vigilance URSSAF (urssaf-vigilance)',
    example: ['tax-regularity'],
  })
  documents!: AwardDocumentKind[];

  @ApiProperty({ description: 'Date de la demande', example: '2026-10-20' })
  requestedOn!: string;

  @ApiProperty({ description: 'Date limite de production des pièces', example: '2026-10-30' })
  dueOn!: string;

  @ApiProperty({
    enum: ['R2144-4'],
    description: 'Article du Code de la commande publique',
    example: 'R2144-4',
  })
  legalReference!: 'R2144-4';
}

export class AwardView implements LotAwarded {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({ ...BID_ID, description: 'L’offre retenue (économiquement la plus avantageuse)' })
  bidId!: string;

  @ApiProperty(SUPPLIER)
  supplierSiret!: string;

  @ApiProperty({
    type: [RankView],
    description: 'Le classement sur lequel repose l’attribution, la meilleure offre d’abord',
  })
  ranking!: RankView[];

  @ApiProperty({ description: 'Date de la décision d’attribution', example: '2026-10-05' })
  decidedOn!: string;
}

export class RejectionNoticesView implements RejectionNoticesSent {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({ description: 'Date d’envoi des notifications de rejet (R2181-1)', example: '2026-10-06' })
  sentOn!: string;

  @ApiProperty({ description: 'Notifications envoyées par voie électronique', example: true })
  electronic!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Premier jour où le marché peut être signé : 11 jours après l’envoi électronique, 16 sinon (R2182-1, T14) ; ' +
      'null hors procédure formalisée, sans délai de suspension',
    example: '2026-10-17',
  })
  standstillEndsOn!: string | null;
}

export class SignatureView implements ContractSigned {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({ ...BID_ID, description: 'L’offre de l’attributaire' })
  bidId!: string;

  @ApiProperty(SUPPLIER)
  supplierSiret!: string;

  @ApiProperty({ description: 'Date de signature du marché', example: '2026-10-17' })
  signedOn!: string;

  @ApiProperty({ description: 'Montant du marché HT, en centimes', example: 11_537_911 })
  amountCents!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Date limite d’envoi de l’avis d’attribution, 30 jours après la signature (R2183-1, T15) ; null sous le ' +
      'seuil européen',
    example: '2026-11-16',
  })
  awardNoticeDueBy!: string | null;
}

export class ClosureView implements LotClosedWithoutAward {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({ enum: CLOSURE_OUTCOMES, description: 'Lot déclaré infructueux ou sans suite' })
  outcome!: LotClosedWithoutAward['outcome'];

  @ApiProperty({ description: 'Motif de la décision', example: 'Aucune offre reçue' })
  reason!: string;
}

export class TieDrawingView implements TieDrawn {
  @ApiProperty(LOT)
  lot!: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Les offres à égalité après la règle de départage, dans l’ordre tiré au sort (la mieux classée d’abord)',
    example: [EXAMPLE.otherBidId, EXAMPLE.bidId],
  })
  bidIds!: string[];

  @ApiProperty({
    description: 'Qui a procédé au tirage au sort',
    example: 'Maître Durand, commissaire de justice',
  })
  drawnBy!: string;

  @ApiProperty({ format: 'date', description: 'Date du tirage au sort', example: '2026-10-19' })
  drawnOn!: string;
}

/** The analysis of the offers: scores, explanations asked, irregularities, regularisations and rejections. */
export class EvaluationView {
  @ApiMap(BidScoreView, {
    description: 'Les notes de chaque offre notée, par identifiant d’offre',
    example: {
      [EXAMPLE.bidId]: {
        bidId: EXAMPLE.bidId,
        scores: [
          { criterion: 'Prix', score: 100 },
          { criterion: 'Valeur technique', score: 80 },
          { criterion: 'Sobriété énergétique', score: 80 },
        ],
        weightedTotal: 8800,
      },
    },
  })
  scores!: Record<string, BidScoreView>;

  @ApiMap(ExplanationView, {
    description:
      'Les offres paraissant anormalement basses dont des précisions ont été demandées (T12), par identifiant d’offre',
    example: { [EXAMPLE.otherBidId]: { justified: true } },
  })
  explanations!: Record<string, ExplanationView>;

  @ApiMap(
    { type: 'string', enum: IRREGULARITY_KINDS },
    {
      description:
        'Les offres constatées irrégulières, inacceptables ou inappropriées, par identifiant d’offre',
      example: { [EXAMPLE.otherBidId]: 'irregular' },
    },
  )
  irregular!: Record<string, IrregularityKind>;

  @ApiMap(RegularisationView, {
    description: 'Les invitations à régulariser (R2152-2, T13), par numéro de lot',
    example: {
      1: { lot: 1, bidIds: [EXAMPLE.otherBidId], deadlineAt: '2026-10-12T10:00:00.000Z' },
    },
  })
  regularisations!: Record<number, RegularisationView>;

  @ApiMap(
    { type: 'string', enum: REJECTION_REASONS },
    {
      description:
        'Les offres écartées et leur motif, par identifiant d’offre ; ineligible : candidat exclu ou sans attestations ' +
        'valables à l’attribution (R2144-7)',
      example: { [EXAMPLE.otherBidId]: 'ineligible' },
    },
  )
  rejected!: Record<string, RejectionReason>;

  @ApiProperty({
    type: [TieDrawingView],
    description:
      'Les tirages au sort entre offres restées à égalité après la règle de départage de la consultation (L3)',
  })
  tieDrawings!: TieDrawingView[];
}
