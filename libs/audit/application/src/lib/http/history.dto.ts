import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_KINDS, SubjectKind, TimelineSubject } from '@mutualis/audit/domain';
import { TimelineAct, TimelinePage } from '../history/timeline';

const CONSORTIUM = '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e';
const AGGREGATE_KINDS = ['consortium', 'census', 'tender', 'contract', 'supplier'];

/** `GET …/aggregates/{streamId}`: a file rebuilt as it stood at a moment. */
export class AggregateView {
  @ApiProperty({ description: 'Le flux reconstruit', example: 'tender-0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e' })
  streamId!: string;

  @ApiProperty({
    enum: AGGREGATE_KINDS,
    description: 'Nature du dossier : groupement, recensement, consultation, marché ou fournisseur',
    example: 'tender',
  })
  kind!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'L’instant d’enregistrement demandé (`asOf`, une date valant fin de journée à Paris), tel qu’appliqué ; null sans `asOf`',
    example: '2026-04-13T21:59:59.999Z',
  })
  asOf!: string | null;

  @ApiProperty({
    description:
      'Position dans le registre du dernier événement pris en compte : redemander `position=` cette valeur rend le même état',
    example: 131,
  })
  position!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'L’état du dossier, tel que les règles de son service le reconstruisent (sa forme est celle de ce service)',
    example: { stage: 'opened', opened: { at: '2026-04-13T14:00:00.000Z' }, awards: {}, signed: {} },
  })
  state!: unknown;

  @ApiProperty({ description: 'Rang du dernier événement pris en compte dans le flux', example: 9 })
  version!: number;

  @ApiProperty({
    format: 'date-time',
    description: 'Instant d’enregistrement de ce dernier événement',
    example: '2026-04-13T14:00:00.412Z',
  })
  lastRecordedAt!: string;
}

/** What an act is about. */
export class TimelineSubjectView implements TimelineSubject {
  @ApiProperty({
    enum: SUBJECT_KINDS,
    description:
      'Nature du sujet : groupement (consortium), acheteur membre ou candidat (authority), procédure, recensement ' +
      '(census), consultation (tender), lot, offre (bid), entreprise (supplier), marché (contract), personne dont ' +
      'les données sont protégées (person), flux que l’audit ne sait pas encore nommer (stream)',
    example: 'authority',
  })
  kind!: SubjectKind;

  @ApiProperty({
    description: 'Son identifiant : SIRET, UUID, ou `<tenderId>/lots/<n>` pour un lot',
    example: '21440195900019',
  })
  id!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Son nom, tiré de l’événement ou de ce que le registre a déjà reçu (ex. le nom sous lequel la commune a ' +
      'demandé son adhésion) ; jamais une donnée personnelle ; null quand le registre ne le connaît pas',
    example: 'Commune de Savenay',
  })
  label!: string | null;
}

/** One act of the consortium's history. */
export class TimelineActView implements TimelineAct {
  @ApiProperty({ description: 'Position dans le registre d’audit', example: 42 })
  position!: number;

  @ApiProperty({
    format: 'date-time',
    description:
      'Instant réel de l’enregistrement par le service (celui que filtrent `from`, `to` et `asOf`)',
    example: '2026-03-01T09:30:00.412Z',
  })
  recordedAt!: string;

  @ApiProperty({
    format: 'date-time',
    description:
      'Instant de l’acte selon l’horloge du service (heure métier, que le contrôle de l’horloge peut avancer)',
    example: '2026-03-01T09:30:00.000Z',
  })
  occurredAt!: string;

  @ApiProperty({
    format: 'date',
    description:
      'Date métier de l’acte (jour civil) : celle où il prend effet ou a été décidé quand l’événement la donne ' +
      '(acceptation d’une adhésion, attribution, notification…), sinon le jour (heure de Paris) de `occurredAt`',
    example: '2026-03-01',
  })
  businessDate!: string;

  @ApiProperty({ description: 'Type de l’événement', example: 'membership.AdhesionAccepted' })
  type!: string;

  @ApiProperty({ type: () => TimelineSubjectView, description: 'Ce dont l’acte traite' })
  subject!: TimelineSubjectView;

  @ApiProperty({
    description: 'Ce qui s’est passé, en une phrase',
    example: 'Adhésion acceptée : Commune de Savenay (21440195900019)',
  })
  summary!: string;

  @ApiProperty({ description: 'Le flux (dossier) de l’événement', example: `consortium-${CONSORTIUM}` })
  streamId!: string;

  @ApiProperty({ description: 'Rang de l’événement dans son flux', example: 5 })
  streamVersion!: number;

  @ApiProperty({ description: 'L’utilisateur qui a agi', example: 'u-4f1c2a' })
  userId!: string;

  @ApiProperty({ description: 'Le rôle dans lequel il a agi', example: 'coordinator' })
  role!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'SIRET de l’acheteur ou de l’entreprise pour lequel il a agi ; null s’il n’agissait pour aucun',
    example: '21440184600016',
  })
  actingFor!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'L’article sur lequel repose un refus ou une décision, quand l’événement le nomme (ex. R2152-3)',
    example: null,
  })
  legalReference!: string | null;

  @ApiProperty({ description: 'Identifiant de corrélation de la requête d’origine', example: 'req-7f3a' })
  correlationId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'L’événement ou la commande qui a causé celui-ci ; null pour un acte premier',
    example: null,
  })
  causationId!: string | null;

  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’événement',
    example: '0190c6a4-9b2e-7c3d-8e4f-5a6b7c8d9e0f',
  })
  eventId!: string;
}

/** `GET …/timeline` (JSON). */
export class TimelinePageView implements TimelinePage {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'L’instant d’enregistrement jusqu’où la chronologie est lue (`asOf`, une date valant fin de journée à ' +
      'Paris), tel qu’appliqué ; null sans `asOf`',
    example: null,
  })
  asOf!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'La position du registre jusqu’où la lecture est allée : la repasser en `position=` (avec le même `asOf`) ' +
      'pour lire les pages suivantes, ou relire plus tard, sur le même registre ; null quand il ne contenait rien',
    example: 214,
  })
  position!: number | null;

  @ApiProperty({
    type: () => [TimelineActView],
    description: 'Les actes de la page, dans l’ordre du registre',
  })
  acts!: TimelineActView[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Position à passer en `after` pour la page suivante ; null sur la dernière page',
    example: null,
  })
  next!: number | null;
}
