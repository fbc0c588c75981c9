import { ApiProperty } from '@nestjs/swagger';
import { Expose } from 'class-transformer';
import { IsInstant } from '../http/civil-date.decorator';

/** The body of `PUT /clock`. */
export class ClockBody {
  /** The instant the service's clock is set to, with its offset. */
  @ApiProperty({
    description:
      'L’instant où arrêter l’horloge du service (now), ISO 8601 avec fuseau (Z ou décalage) ; jamais avant ' +
      'l’heure actuelle du service',
    format: 'date-time',
    example: '2027-03-01T09:00:00+01:00',
  })
  @Expose()
  @IsInstant()
  now!: string;
}

/** The answer of `GET /clock` and `PUT /clock`. */
export class ClockReading {
  @ApiProperty({
    description:
      'L’heure du service (now), instant ISO 8601 en UTC : celle que lisent ses commandes et ses balayages',
    format: 'date-time',
    example: '2027-03-01T08:00:00.000Z',
  })
  now!: string;
}
