import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCivilDate } from '@mutualis/shared/api';

/** A published avis de modification (R2194-10): when and under which reference. */
export class ModificationNoticeBody {
  @ApiProperty({
    description:
      'Date de publication de l’avis de modification au JOUE (AAAA-MM-JJ) : pas avant la signature de l’avenant, ' +
      'pas après aujourd’hui',
    example: '2026-10-20',
  })
  @IsCivilDate()
  publishedOn!: string;

  @ApiProperty({ description: 'Référence de l’avis au JOUE', example: 'JOUE 2026/S 203-612345' })
  @IsString()
  @Length(1, 200)
  reference!: string;
}
