import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOB_STATUSES, JobStatus } from './job';

class JobProgressBody {
  @ApiProperty({ description: 'Éléments traités (lignes du fichier, événements…)', example: 1200 })
  done!: number;

  @ApiProperty({
    description: 'Éléments à traiter en tout, connu dès que le travail a commencé',
    type: Number,
    nullable: true,
    example: 2000,
  })
  total!: number | null;
}

class JobLinksBody {
  @ApiProperty({ description: 'Ce travail', example: '/consortia/0190c6a4-…/onboarding-imports/0190c6b1-…' })
  self!: string;

  @ApiProperty({
    description: 'Son avancement en continu (Server-Sent Events, `text/event-stream`), pour un écran',
    example: '/consortia/0190c6a4-…/onboarding-imports/0190c6b1-…/events',
  })
  events!: string;

  @ApiPropertyOptional({
    description: 'Son résultat (JSON), une fois le travail réussi',
    example: '/consortia/0190c6a4-…/onboarding-imports/0190c6b1-…/result',
  })
  result?: string;

  @ApiPropertyOptional({
    description:
      'Son résultat en fichier CSV à télécharger (le rapport d’un import), une fois le travail réussi',
    example: '/consortia/0190c6a4-…/onboarding-imports/0190c6b1-…/result.csv',
  })
  resultCsv?: string;
}

/** A job as its followers see it (the answer of `202 Accepted` and of `GET …/{jobId}` under its collection). */
export class JobBody {
  @ApiProperty({
    description: 'Identifiant (UUID) du travail',
    example: '0190c6b1-2f4e-7000-8000-00000000b001',
  })
  jobId!: string;

  @ApiProperty({ description: 'Nature du travail', example: 'onboarding-import' })
  kind!: string;

  @ApiProperty({
    enum: JOB_STATUSES,
    description:
      'En attente (queued), en cours (running, voir `progress`), réussi (succeeded, voir `links.result`) ou en ' +
      'échec (failed, voir `problem`). Un travail interrompu par un redémarrage reprend où il en était.',
    example: 'running',
  })
  status!: JobStatus;

  @ApiProperty({ type: () => JobProgressBody, description: 'Avancement' })
  progress!: JobProgressBody;

  @ApiProperty({ description: 'Demandé le (instant ISO 8601)', example: '2026-12-07T10:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    description: 'Commencé le (instant ISO 8601)',
    type: String,
    nullable: true,
    example: '2026-12-07T10:15:00.120Z',
  })
  startedAt!: string | null;

  @ApiProperty({
    description: 'Terminé le (instant ISO 8601)',
    type: String,
    nullable: true,
    example: null,
  })
  finishedAt!: string | null;

  @ApiPropertyOptional({
    description: 'Pourquoi le travail a échoué (problem details, RFC 9457), s’il a échoué',
    type: 'object',
    additionalProperties: true,
    example: { type: 'urn:mutualis:problem:internal-error', title: 'Internal error', status: 500 },
  })
  problem?: Record<string, unknown>;

  @ApiProperty({ type: () => JobLinksBody, description: 'Où le suivre et trouver son résultat' })
  links!: JobLinksBody;
}
