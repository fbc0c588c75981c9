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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate, IsInstant } from '@mutualis/shared/api';
import { IrregularityKind, LotClosedWithoutAward, RejectionReason } from '@mutualis/shared/contracts';
import { MAX_CENTS } from './tender.dto';
import { CLOSURE_OUTCOMES, IRREGULARITY_KINDS, REJECTION_GROUNDS } from './tender-vocabulary';

// The bodies of the coordinator's commands after the opening: analysis of the offers, award and signature.

class ScoreBody {
  @ApiProperty({ description: 'Intitulé du critère, tel que fixé pour le lot', example: 'Prix' })
  @IsString()
  @Length(1, 300)
  criterion!: string;
  @ApiProperty({ description: 'Note, de 0 à 100 % des points du critère', example: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;
}

export class ScoresBody {
  @ApiProperty({
    type: [ScoreBody],
    description: 'Une note de 0 à 100 par critère du lot',
    example: [
      { criterion: 'Prix', score: 100 },
      { criterion: 'Valeur technique', score: 80 },
      { criterion: 'Sobriété énergétique', score: 80 },
    ],
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ScoreBody)
  scores!: ScoreBody[];
}

export class AssessmentBody {
  @ApiProperty({
    description:
      'Les précisions justifient-elles le prix ? Sinon, l’offre est rejetée comme anormalement basse',
    example: true,
  })
  @IsBoolean()
  justified!: boolean;
  @ApiProperty({
    description: 'Appréciation motivée des précisions reçues',
    example: 'Les prix unitaires s’expliquent par des outils d’audit déjà amortis.',
  })
  @IsString()
  @Length(1, 4000)
  assessment!: string;
}

export class IrregularityBody {
  @ApiProperty({
    enum: IRREGULARITY_KINDS,
    description: 'Offre irrégulière (L2152-2), inacceptable (L2152-3) ou inappropriée (L2152-4)',
  })
  @IsIn(IRREGULARITY_KINDS)
  kind!: IrregularityKind;
  @ApiProperty({
    description: 'Ce qui rend l’offre telle',
    example: 'Le bordereau des prix n’est pas signé.',
  })
  @IsString()
  @Length(1, 4000)
  detail!: string;
}

export class RejectionBody {
  @ApiProperty({
    enum: REJECTION_GROUNDS,
    description: 'Motif : anormalement basse (R2152-4), irrégulière, inacceptable ou inappropriée',
  })
  @IsIn(REJECTION_GROUNDS)
  reason!: Exclude<RejectionReason, 'ineligible'>;
}

export class RegularisationRequestBody {
  @ApiProperty({
    description: 'Date limite de régularisation, la même pour tous (instant ISO 8601 avec fuseau)',
    example: '2026-10-12T12:00:00+02:00',
  })
  @IsInstant()
  deadlineAt!: string;
}

export class TieDrawingBody {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Les offres restées à égalité après la règle de départage de la consultation, toutes et seulement elles, ' +
      'dans l’ordre tiré au sort (la mieux classée d’abord)',
    example: ['0192f4c6-8e9f-7a0b-9c2d-3e4f5a6b7c8d', '0192f4c5-7d8e-7f9a-8b1c-2d3e4f5a6b7c'],
  })
  @ArrayMinSize(2)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  bidIds!: string[];
  @ApiProperty({
    description: 'Qui a procédé au tirage au sort (nom et qualité)',
    example: 'Maître Durand, commissaire de justice',
  })
  @IsString()
  @Length(1, 300)
  drawnBy!: string;
}

export class NoticesBody {
  @ApiProperty({
    description:
      'Notifications de rejet envoyées par voie électronique : délai de suspension de 11 jours, sinon 16 (R2182-1)',
    example: true,
  })
  @IsBoolean()
  electronic!: boolean;
}

export class ReasonBody {
  @ApiProperty({
    description: 'Pourquoi l’attributaire ne peut exécuter le marché (R2181-7)',
    example: 'Attestation d’assurance non produite dans le délai imparti',
  })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class AwardDocumentsRequestBody {
  @ApiProperty({
    description:
      'Date limite de production des pièces (AAAA-MM-JJ), après la date de la demande : attestations de ' +
      'régularité fiscale et sociale demandées au seul candidat pressenti (R2144-4)',
    example: '2026-10-30',
  })
  @IsCivilDate()
  dueOn!: string;
}

export class InadmissibilityBody {
  @ApiPropertyOptional({
    description:
      'Date limite des pièces demandées dans la même décision au candidat classé suivant (AAAA-MM-JJ) ; sans elle, ' +
      'la demande au suivant se fait à part (R2144-7)',
    example: '2026-11-10',
  })
  @IsOptional()
  @IsCivilDate()
  nextDueOn?: string;
}

export class SignatureBody {
  @ApiProperty({ description: 'Montant du marché HT, en centimes', example: 11_537_911 })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents!: number;
}

export class ClosureBody {
  @ApiProperty({
    enum: CLOSURE_OUTCOMES,
    description: 'Infructueux (aucune offre appropriée, régulière et acceptable) ou sans suite',
  })
  @IsIn(CLOSURE_OUTCOMES)
  outcome!: LotClosedWithoutAward['outcome'];
  @ApiProperty({ description: 'Motif de la décision', example: 'Aucune offre reçue' })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}
