import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  COMPLIANCE_KINDS,
  COMPLIANCE_STATUSES,
  ComplianceEntry,
  ComplianceKind,
  ComplianceStatus,
  ComplianceSubject,
} from '@mutualis/audit/domain';

const KINDS_DESCRIPTION =
  'award-notice : avis d’attribution (30 jours après la signature, R2183-1) ; modification-notice : avis de ' +
  'modification d’un avenant au JOUE (R2194-10 ; 30 jours après l’avenant, délai de la plateforme) ; decp-record, ' +
  'decp-modification : données essentielles du marché ou d’une modification (deux mois après la notification) ; ' +
  'vigilance-attestation : attestation de vigilance du titulaire, tous les six mois pendant l’exécution ' +
  '(L8222-1, D8222-5)';

const STATUS_DESCRIPTION =
  'overdue : en retard (échéance passée, pas fait) ; due : à faire (échéance pas encore passée) ; done : fait ' +
  '(le `doneOn`, en retard ou non)';

export class ComplianceCalendarQueryParams {
  @ApiPropertyOptional({
    enum: COMPLIANCE_STATUSES,
    description: `Filtre sur l’état — ${STATUS_DESCRIPTION}`,
  })
  @IsOptional()
  @IsIn(COMPLIANCE_STATUSES)
  status?: ComplianceStatus;

  @ApiPropertyOptional({
    enum: COMPLIANCE_KINDS,
    description: `Filtre sur l’obligation — ${KINDS_DESCRIPTION}`,
  })
  @IsOptional()
  @IsIn(COMPLIANCE_KINDS)
  kind?: ComplianceKind;

  @ApiPropertyOptional({ description: 'Taille de la page (1 à 200)', default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({
    description: 'Nombre d’échéances à sauter : la page suivante commence à `next`',
    default: 0,
    example: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class ComplianceSubjectView implements ComplianceSubject {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'La consultation',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  tenderId!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Le lot de la consultation', example: 1 })
  lot!: number | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Le marché ; null pour l’avis d’attribution, qui porte sur le lot',
    example: '0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d90',
  })
  contractId!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'L’avenant, pour un avis de modification',
    example: null,
  })
  amendmentId!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Le numéro de la modification dans les DECP, pour sa publication',
    example: null,
  })
  modificationId!: number | null;

  @ApiProperty({
    description: 'L’objet de la consultation ou du marché',
    example: 'Cybersécurité des communes',
  })
  object!: string;
}

export class ComplianceEntryView implements ComplianceEntry {
  @ApiProperty({
    description: 'Clé stable de l’échéance : son obligation et son objet',
    example: 'award-notice:0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e:1',
  })
  key!: string;

  @ApiProperty({ enum: COMPLIANCE_KINDS, description: KINDS_DESCRIPTION, example: 'award-notice' })
  kind!: ComplianceKind;

  @ApiProperty({ type: ComplianceSubjectView, description: 'Ce sur quoi porte l’échéance' })
  subject!: ComplianceSubjectView;

  @ApiProperty({ description: 'Le texte qui fixe l’échéance', example: 'R2183-1' })
  legalBasis!: string;

  @ApiProperty({ format: 'date', description: 'Date limite', example: '2026-07-15' })
  dueOn!: string;

  @ApiProperty({ enum: COMPLIANCE_STATUSES, description: STATUS_DESCRIPTION, example: 'overdue' })
  status!: ComplianceStatus;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Quand ce fut fait (publication, dépôt de l’attestation) ; null tant que ce ne l’est pas',
    example: null,
  })
  doneOn!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Référence de la publication, quand l’acte en donne une',
    example: null,
  })
  reference!: string | null;
}

export class ComplianceCalendarPage {
  @ApiProperty({
    format: 'date',
    description: 'Le jour (heure de Paris) auquel les états sont appréciés',
    example: '2026-09-02',
  })
  on!: string;

  @ApiProperty({
    type: [ComplianceEntryView],
    description:
      'Les échéances de la page : en retard d’abord, puis à faire, puis faites, chacune par date limite',
  })
  entries!: ComplianceEntryView[];

  @ApiProperty({ description: 'Nombre d’échéances qui répondent aux filtres', example: 7 })
  total!: number;

  @ApiProperty({
    description: 'Nombre d’échéances en retard du groupement, quels que soient les filtres',
    example: 2,
  })
  overdue!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '`offset` de la page suivante ; null sur la dernière page',
    example: null,
  })
  next!: number | null;
}
