import { ApiProperty } from '@nestjs/swagger';
import { TenderNature } from '@mutualis/shared/contracts';
import { CriterionView, PublicationView, QuestionView } from './tender-acts.responses';
import { TenderLotView } from './tender.responses';
import { EXAMPLE, NATURES } from './tender-vocabulary';
import { ApiMap } from '@mutualis/shared/api';

// The consultation as every candidate reads it once its notice is out (`GET /tenders/{tenderId}`).

class PublicLotView implements Pick<TenderLotView, 'number' | 'title'> {
  @ApiProperty({ description: 'Numéro du lot', example: 1 })
  number!: number;

  @ApiProperty({ description: 'Intitulé du lot', example: 'Audit de sécurité' })
  title!: string;
}

export class PublicTenderView {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la consultation', example: EXAMPLE.tenderId })
  tenderId!: string;

  @ApiProperty({ description: 'Objet de la consultation', example: 'Cybersécurité des communes' })
  object!: string;

  @ApiProperty({ description: 'Code CPV principal', example: '79212000' })
  cpvCode!: string;

  @ApiProperty({ enum: NATURES, description: 'Nature du marché : fournitures, services ou travaux' })
  nature!: TenderNature;

  @ApiProperty({ type: [PublicLotView], description: 'Les lots (leur valeur estimée n’est pas publiée)' })
  lots!: PublicLotView[];

  @ApiMap([CriterionView], {
    description: 'Les critères d’attribution et leur pondération, par numéro de lot',
  })
  criteria!: Record<number, CriterionView[]>;

  @ApiProperty({ type: PublicationView, description: 'L’avis de publicité' })
  published!: PublicationView;

  @ApiProperty({
    format: 'date-time',
    description: 'Date limite de remise des offres en vigueur, reports compris (UTC)',
    example: '2026-10-05T10:00:00.000Z',
  })
  deadlineAt!: string;

  @ApiMap(QuestionView, {
    description:
      'Les questions des candidats et leurs réponses, par identifiant de question, sans leurs auteurs',
  })
  questions!: Record<string, QuestionView>;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Procédure en deux temps : date d’envoi de l’invitation à remettre une offre ; null tant qu’elle n’est pas ' +
      'envoyée (qui est invité n’est pas publié)',
    example: null,
  })
  invitedOn!: string | null;
}
