import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Actor,
  EventEnvelope,
  TENDER_PROCEDURES,
  TenderNature,
  TenderProcedure,
} from '@mutualis/shared/contracts';
import { TENDER_STAGES, TenderStage, TenderSummary } from '../board/tender-board';
import { EXAMPLE, NATURES } from './tender-vocabulary';

// The board of a consortium's consultations, and the history of one of them.

export class TenderSummaryView implements TenderSummary {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la consultation', example: EXAMPLE.tenderId })
  tenderId!: string;

  @ApiProperty({ description: 'Objet de la consultation', example: 'Cybersécurité des communes' })
  object!: string;

  @ApiProperty({ description: 'Code CPV principal', example: '79212000' })
  cpvCode!: string;

  @ApiProperty({ enum: NATURES, description: 'Nature du marché : fournitures, services ou travaux' })
  nature!: TenderNature;

  @ApiProperty({ description: 'Valeur estimée HT de l’opération, en centimes (T1)', example: 21_600_000 })
  estimatedCents!: number;

  @ApiProperty({ description: 'Nombre de lots', example: 2 })
  lots!: number;

  @ApiProperty({ description: 'Accord-cadre (sinon marché)', example: false })
  framework!: boolean;

  @ApiProperty({
    type: String,
    // A nullable enum lists null among its values (OpenAPI 3.0.3).
    enum: [...TENDER_PROCEDURES, null],
    nullable: true,
    description: 'Procédure choisie ; null tant qu’elle ne l’est pas',
    example: 'open',
  })
  procedure!: TenderProcedure | null;

  @ApiProperty({
    enum: TENDER_STAGES,
    description:
      'Étape : en préparation (draft), publiée (published), plis ouverts (opened), chaque lot signé ou clos (decided)',
  })
  stage!: TenderStage;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Date d’envoi de l’avis de publicité ; null avant le lancement',
    example: '2026-09-01',
  })
  noticeSentOn!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Date limite de remise des offres en vigueur (UTC) ; null avant le lancement',
    example: '2026-10-05T10:00:00.000Z',
  })
  deadlineAt!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Ouverture des plis (UTC) ; null avant',
    example: null,
  })
  openedAt!: string | null;

  @ApiProperty({ description: 'Nombre de lots dont le marché est signé', example: 0 })
  lotsSigned!: number;

  @ApiProperty({ description: 'Nombre de lots déclarés infructueux ou sans suite', example: 0 })
  lotsClosed!: number;
}

export class TenderBoardPage {
  @ApiProperty({
    type: [TenderSummaryView],
    description: 'Les consultations du groupement, les plus récentes d’abord',
  })
  tenders!: TenderSummaryView[];
}

class ActorView implements Actor {
  @ApiProperty({ description: 'Identifiant de la personne', example: 'coordinator-user' })
  userId!: string;

  @ApiProperty({ description: 'Rôle dans lequel elle a agi', example: 'coordinator' })
  role!: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’acheteur pour lequel elle a agi',
    example: '21440184600016',
  })
  authoritySiret?: string;

  @ApiPropertyOptional({
    description: 'SIRET de l’entreprise pour laquelle elle a agi',
    example: EXAMPLE.supplierSiret,
  })
  supplierSiret?: string;

  @ApiPropertyOptional({
    description: 'Personne ou organe pour le compte duquel elle a agi, si ce n’est le sien',
  })
  onBehalfOf?: string;
}

/** A recorded event of the consultation; a bid's, before the opening, without who sent it nor what it says. */
export class TenderEventView implements Omit<EventEnvelope, 'data' | 'actor'> {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’événement',
    example: '0192f0a1-0b1c-7d2e-8f3a-4b5c6d7e8f90',
  })
  id!: string;

  @ApiProperty({ description: 'Type de l’événement', example: 'tender.TenderPublished' })
  type!: string;

  @ApiProperty({ description: 'Version du schéma de ses données', example: 1 })
  schemaVersion!: number;

  @ApiProperty({ description: 'Flux de la consultation', example: `tender-${EXAMPLE.tenderId}` })
  streamId!: string;

  @ApiProperty({ description: 'Rang de l’événement dans le flux (à partir de 1)', example: 4 })
  streamVersion!: number;

  @ApiProperty({
    description: 'Position dans le registre du service (ordre d’enregistrement)',
    example: 1042,
  })
  globalPosition!: number;

  @ApiProperty({ description: 'Transaction qui l’a enregistré', example: 7781 })
  transactionId!: number;

  @ApiProperty({ format: 'uuid', description: 'Le groupement', example: EXAMPLE.consortiumId })
  consortiumId!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Date de l’acte (UTC)',
    example: '2026-09-01T06:00:00.000Z',
  })
  occurredAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Date d’enregistrement (UTC)',
    example: '2026-09-01T06:00:00.120Z',
  })
  recordedAt!: string;

  @ApiPropertyOptional({
    type: ActorView,
    description: 'Qui a agi ; absent des dépôts et retraits d’offres avant l’ouverture des plis',
  })
  actor?: ActorView;

  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de corrélation de la requête',
    example: '0192f0a1-0a00-7000-8000-000000000001',
  })
  correlationId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'L’événement ou la commande qui l’a causé ; null sinon',
    example: null,
  })
  causationId!: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Les données de l’acte, selon son type (les champs de l’événement publié) ; absentes des dépôts et retraits ' +
      'd’offres avant l’ouverture des plis',
    example: {
      noticeSentOn: '2026-09-01',
      deadlineAt: '2026-10-05T10:00:00.000Z',
      publicity: 'boamp-and-joue',
    },
  })
  data?: unknown;

  @ApiProperty({ description: 'Empreinte SHA-256 de l’événement (chaînage)', example: EXAMPLE.sha256 })
  contentHash!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Empreinte de l’événement précédent du flux ; null pour le premier',
    example: EXAMPLE.sha256,
  })
  prevHash!: string | null;
}

export class TenderHistory {
  @ApiProperty({ type: [TenderEventView], description: 'Les événements de la consultation, dans l’ordre' })
  events!: TenderEventView[];
}
