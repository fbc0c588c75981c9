import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CandidatesInvited,
  CandidatureForm,
  CandidatureSubmitted,
  CriteriaSet,
  CriterionKind,
  NEGOTIATION_GROUNDS,
  NoticeAmended,
  NegotiationGround,
  ProcedureChosen,
  TENDER_PROCEDURES,
  TenderProcedure,
  TenderPublished,
} from '@mutualis/shared/contracts';
import { TenderState } from '@mutualis/tender/domain';
import {
  CANDIDATURE_FORMS,
  CRITERION_KINDS,
  EXAMPLE,
  PUBLICITIES,
  REQUIRED_PROCEDURES,
} from './tender-vocabulary';

// The acts of a consultation up to the deadline, as its readers see them: procedure, criteria, notice and its
// amendments, questions, candidatures and invitation. Documented once for the coordinator's view, the candidates' one
// and the reading of each act on its own.

const REQUIRED =
  'Ce que les seuils en vigueur appellent pour cette valeur : dispense de publicité et de mise en concurrence ' +
  '(R2122-8), procédure adaptée (MAPA) ou procédure formalisée';
type CriterionOfLot = CriteriaSet['criteria'][number];
type QuestionOfTender = TenderState['questions'][string];

const TABLE = 'Tableau des seuils appliqué, désigné par sa date d’entrée en vigueur';

export class ProcedureView implements ProcedureChosen {
  @ApiProperty({ enum: TENDER_PROCEDURES, description: 'Procédure choisie par le coordonnateur' })
  procedure!: TenderProcedure;

  @ApiProperty({
    type: String,
    // A nullable enum lists null among its values (OpenAPI 3.0.3).
    enum: [...NEGOTIATION_GROUNDS, null],
    nullable: true,
    description: 'Cas de R2124-3 ouvrant la négociation ou le dialogue ; null sans négociation',
    example: null,
  })
  negotiationGround!: NegotiationGround | null;

  @ApiProperty({ enum: REQUIRED_PROCEDURES, description: `${REQUIRED}, à la date de lancement prévue` })
  required!: ProcedureChosen['required'];

  @ApiProperty({ description: TABLE, example: '2026-08-21' })
  thresholdTable!: string;
}

export class CriterionView implements CriterionOfLot {
  @ApiProperty({ description: 'Intitulé du critère', example: 'Valeur technique' })
  name!: string;

  @ApiProperty({ description: 'Pondération, en %', example: 50 })
  weightPercent!: number;

  @ApiProperty({ enum: CRITERION_KINDS, description: 'Prix, coût, qualité, environnement, social ou autre' })
  kind!: CriterionKind;

  @ApiProperty({
    description: 'Le critère tient compte des caractéristiques environnementales de l’offre',
    example: false,
  })
  environmental!: boolean;
}

export class PublicationView implements TenderPublished {
  @ApiProperty({
    description: 'Objet de la consultation, tel que dans l’avis',
    example: 'Cybersécurité des communes',
  })
  object!: string;

  @ApiProperty({
    description:
      'Date d’envoi de l’avis de publicité : la date de lancement, qui fixe les règles applicables',
    example: '2026-09-01',
  })
  noticeSentOn!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Date limite de remise des offres fixée par l’avis (UTC)',
    example: '2026-10-05T10:00:00.000Z',
  })
  deadlineAt!: string;

  @ApiProperty({ description: 'Offres transmises par voie électronique', example: true })
  electronic!: boolean;

  @ApiProperty({ description: 'Avis de préinformation publié', example: false })
  pin!: boolean;

  @ApiProperty({ description: 'Urgence dûment justifiée', example: false })
  urgency!: boolean;

  @ApiProperty({
    enum: PUBLICITIES,
    description:
      'Publicité requise : aucune, libre, au BOAMP ou dans un journal d’annonces légales, au BOAMP et au JOUE',
  })
  publicity!: TenderPublished['publicity'];

  @ApiProperty({
    enum: REQUIRED_PROCEDURES,
    description: `${REQUIRED}, à la date de lancement : fixe le délai de suspension (T14) et l’avis d’attribution (T15)`,
  })
  required!: TenderPublished['required'];

  @ApiProperty({ description: TABLE, example: '2026-08-21' })
  thresholdTable!: string;

  @ApiPropertyOptional({
    enum: REQUIRED_PROCEDURES,
    description:
      'Régime que suit la consultation, décidé à l’envoi de l’avis : procédure formalisée quand la procédure ' +
      'choisie l’est (un appel d’offres sous le seuil y oblige aussi) ou que la valeur l’exige, sinon MAPA ou ' +
      'dispense ; le marché le reprend (avis de modification au JOUE, R2194-10). Absent des avis envoyés avant ' +
      'qu’il soit publié',
    example: 'formalised',
  })
  regime?: TenderPublished['regime'];
}

/** A question of a candidate and its answer, published to every candidate without its author's name. */
export class QuestionView implements QuestionOfTender {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Lot concerné ; null pour la consultation entière',
    example: 1,
  })
  lot!: number | null;

  @ApiProperty({
    description: 'La question',
    example: 'L’audit couvre-t-il les écoles des communes membres ?',
  })
  text!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'La réponse du coordonnateur ; null tant qu’il n’a pas répondu',
    example: 'Oui : les écoles sont dans le périmètre de l’audit.',
  })
  answer!: string | null;
}

/** A question read on its own (`GET /tenders/{tenderId}/questions/{questionId}`), by its author or the coordinator. */
export class AskedQuestionView extends QuestionView {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la question (questionId), donné dans la réponse à son envoi',
    example: EXAMPLE.questionId,
  })
  questionId!: string;
}

/** A correction of the notice, published while candidates may still answer. */
export class AmendmentView implements NoticeAmended {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’avis rectificatif (amendmentId), donné dans la réponse à sa publication',
    example: EXAMPLE.amendmentId,
  })
  amendmentId!: string;

  @ApiProperty({ description: 'Date d’envoi de l’avis rectificatif', example: '2026-09-15' })
  sentOn!: string;

  @ApiProperty({
    description: 'Ce que l’avis rectificatif corrige',
    example: 'Ajout du plan des sites au dossier de consultation',
  })
  summary!: string;
}

export class CandidatureView implements CandidatureSubmitted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la candidature',
    example: EXAMPLE.candidatureId,
  })
  candidatureId!: string;

  @ApiProperty({ description: 'SIRET du candidat', example: EXAMPLE.supplierSiret })
  supplierSiret!: string;

  @ApiProperty({ enum: CANDIDATURE_FORMS, description: 'Formulaire de candidature : DUME, ou DC1 et DC2' })
  form!: CandidatureForm;
}

export class InvitationView implements CandidatesInvited {
  @ApiProperty({
    type: [String],
    description: 'SIRET des candidats sélectionnés, invités à remettre une offre',
    example: [EXAMPLE.supplierSiret],
  })
  suppliers!: string[];

  @ApiProperty({ description: 'Date d’envoi de l’invitation', example: '2026-10-06' })
  sentOn!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Date limite de remise des offres (UTC)',
    example: '2026-11-05T11:00:00.000Z',
  })
  offersDeadlineAt!: string;

  @ApiProperty({ description: 'Offres transmises par voie électronique', example: true })
  electronic!: boolean;
}
