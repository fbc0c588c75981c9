import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsInstant } from '@mutualis/shared/api';
import { SIRET } from './tender.dto';
import { EXAMPLE } from './tender-vocabulary';

// The bodies of the coordinator's commands from the notice to the deadline: publication, invitation, answers,
// extension and amendment.

export class PublishBody {
  @ApiProperty({
    description: 'Date limite de remise des offres (instant ISO 8601 avec fuseau)',
    example: '2026-10-05T12:00:00+02:00',
  })
  @IsInstant()
  deadlineAt!: string;
  @ApiProperty({
    description: 'Offres transmises par voie électronique (délai réduit, R2161-3)',
    example: true,
  })
  @IsBoolean()
  electronic!: boolean;
  @ApiProperty({ description: 'Avis de préinformation publié 35 jours à 12 mois avant', example: false })
  @IsBoolean()
  pin!: boolean;
  @ApiProperty({ description: 'Urgence dûment justifiée (délais réduits)', example: false })
  @IsBoolean()
  urgency!: boolean;
}

export class InvitationBody {
  @ApiProperty({
    description: 'SIRET des candidats sélectionnés, invités à remettre une offre',
    type: [String],
    example: [EXAMPLE.supplierSiret],
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @Matches(SIRET, { each: true })
  suppliers!: string[];
  @ApiProperty({
    description: 'Date limite de remise des offres (instant ISO 8601 avec fuseau)',
    example: '2026-11-05T12:00:00+01:00',
  })
  @IsInstant()
  offersDeadlineAt!: string;
  @ApiProperty({
    description: 'Offres transmises par voie électronique (délai réduit à 25 jours, R2161-8)',
    example: true,
  })
  @IsBoolean()
  electronic!: boolean;
}

export class AnswerBody {
  @ApiProperty({
    format: 'uuid',
    description: 'La question à laquelle il est répondu',
    example: EXAMPLE.questionId,
  })
  @IsUUID()
  questionId!: string;
  @ApiProperty({
    description: 'Réponse, publiée à tous les candidats',
    example: 'Oui : les 14 communes du groupement sont dans le périmètre de l’audit.',
  })
  @IsString()
  @Length(1, 4000)
  answer!: string;
}

export class ExtensionBody {
  @ApiProperty({
    description: 'Nouvelle date limite de remise des offres (instant ISO 8601 avec fuseau), plus tardive',
    example: '2026-10-12T12:00:00+02:00',
  })
  @IsInstant()
  deadlineAt!: string;
  @ApiProperty({ description: 'Motif du report', example: 'Avis rectificatif : pièce ajoutée au dossier' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class AmendmentBody {
  @ApiProperty({
    description: 'Objet de l’avis rectificatif',
    example: 'Ajout du plan des sites au dossier de consultation',
  })
  @IsString()
  @Length(1, 4000)
  summary!: string;
}
