import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CandidatureForm, OPERATOR_GROUPINGS, OperatorGrouping } from '@mutualis/shared/contracts';
import { MAX_CENTS } from './tender.dto';
import { CANDIDATURE_FORMS, EXAMPLE } from './tender-vocabulary';

// The bodies of the candidates' commands: questions, candidatures and sealed offers.

export class QuestionBody {
  @ApiPropertyOptional({ description: 'Lot concerné ; par défaut, la consultation entière', example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  lot?: number;
  @ApiProperty({
    description: 'Question (publiée à tous sans le nom de son auteur)',
    example: 'L’audit couvre-t-il les écoles des communes membres ?',
  })
  @IsString()
  @Length(1, 4000)
  text!: string;
}

export class CandidatureBody {
  @ApiProperty({
    enum: CANDIDATURE_FORMS,
    description: 'Formulaire de candidature : le DUME électronique est accepté à la place des DC1 et DC2',
  })
  @IsIn(CANDIDATURE_FORMS)
  form!: CandidatureForm;
}

/** A document of an offer, by its fingerprint: sealed with the offer, shown as such once the bids are opened. */
export class BidDocument {
  @ApiProperty({ description: 'Nom du fichier', example: 'memoire-technique.pdf' })
  @IsString()
  @Length(1, 300)
  name!: string;
  @ApiProperty({
    description: 'Empreinte SHA-256 du fichier (64 chiffres hexadécimaux)',
    example: EXAMPLE.sha256,
  })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256!: string;
}

/** The sealed part of an offer: its price, its documents and a note. */
export class SealedOfferBody {
  @ApiProperty({ description: 'Lot auquel l’offre répond', example: 1 }) @IsInt() @Min(1) lot!: number;
  @ApiProperty({
    description: 'Montant de l’offre HT, en centimes — scellé jusqu’à l’ouverture',
    example: 11_537_911,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  amountCents!: number;
  @ApiProperty({
    type: [BidDocument],
    description: 'Pièces de l’offre (empreintes) — scellées jusqu’à l’ouverture',
  })
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => BidDocument)
  documents!: BidDocument[];
  @ApiPropertyOptional({
    description: 'Observation du candidat — scellée jusqu’à l’ouverture ; par défaut, aucune',
    example: 'Offre valable 120 jours',
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;
}

/**
 * A pli: the sealed offer, with the candidature's sworn declaration in place of the certificates, which are asked only
 * of the candidate the award is envisaged for (R2143-3, R2144-4).
 */
export class BidBody extends SealedOfferBody {
  @ApiProperty({
    enum: CANDIDATURE_FORMS,
    description:
      'Déclaration sur l’honneur jointe au pli (declaration) : le DUME, ou les formulaires DC1 et DC2 ; elle tient ' +
      'lieu des attestations, demandées au seul candidat pressenti pour l’attribution (R2143-3, R2144-4)',
    example: 'dume',
  })
  @IsIn(CANDIDATURE_FORMS)
  declaration!: CandidatureForm;
  @ApiPropertyOptional({
    enum: OPERATOR_GROUPINGS,
    description:
      'Candidature seule (none) ou en groupement d’opérateurs conjoint ou solidaire (R2142-20) ; par défaut, seule',
    example: 'none',
  })
  @IsOptional()
  @IsIn(OPERATOR_GROUPINGS)
  operatorGrouping?: OperatorGrouping;
}

/** A regularised offer: completed documents; a changed lot or price is a substantial change (R2152-2). */
export class RegularisedBidBody extends SealedOfferBody {}
