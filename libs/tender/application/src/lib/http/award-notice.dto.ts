import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCivilDate } from '@mutualis/shared/api';

/** A published avis d'attribution (T15, R2183-1): when and under which reference. */
export class AwardNoticeBody {
  @ApiProperty({
    description:
      'Date de publication de l’avis d’attribution (AAAA-MM-JJ) : pas avant la signature du marché, pas après ' +
      'aujourd’hui',
    example: '2026-07-10',
  })
  @IsCivilDate()
  publishedOn!: string;

  @ApiProperty({
    description: 'Référence de la publication (numéro d’avis au BOAMP ou au JOUE)',
    example: 'BOAMP 26-123456',
  })
  @IsString()
  @Length(1, 200)
  reference!: string;
}
