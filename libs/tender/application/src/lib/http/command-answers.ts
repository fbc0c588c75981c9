import { ApiProperty } from '@nestjs/swagger';
import { CommandAccepted } from '@mutualis/shared/api';
import { EXAMPLE } from './tender-vocabulary';

// The answers of the commands that create something: where their events went, and the identifier given to it.

export class TenderCreatedAnswer extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la consultation créée (tenderId)',
    example: EXAMPLE.tenderId,
  })
  tenderId!: string;
}

export class CandidatureAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la candidature déposée',
    example: EXAMPLE.candidatureId,
  })
  candidatureId!: string;
}

export class BidAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’offre déposée (bidId) : pour la retirer ou la régulariser',
    example: EXAMPLE.bidId,
  })
  bidId!: string;
}

export class QuestionAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la question posée (questionId) : pour la relire avec sa réponse',
    example: EXAMPLE.questionId,
  })
  questionId!: string;
}

export class NoticeAmendedAnswer extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’avis rectificatif publié (amendmentId)',
    example: EXAMPLE.amendmentId,
  })
  amendmentId!: string;
}
