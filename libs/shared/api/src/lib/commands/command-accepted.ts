import { ApiProperty } from '@nestjs/swagger';
import { CommandResult } from '@mutualis/shared/event-sourcing';

/** The answer to an accepted command (architecture §2): where its events went. */
export class CommandAccepted {
  @ApiProperty({ description: 'Flux d’événements (event stream) modifié', example: 'consortium-0190c6a4-…' })
  streamId!: string;

  @ApiProperty({
    description: 'Version du flux après la commande : la valeur à renvoyer dans If-Match',
    example: 2,
  })
  version!: number;

  @ApiProperty({
    description:
      'Position globale du dernier événement, à passer en minPosition pour lire ses propres écritures',
    type: Number,
    nullable: true,
    example: 1042,
  })
  position!: number | null;
}

/** The CommandAccepted body of a command's result. */
export function accepted(result: CommandResult): CommandAccepted {
  return { streamId: result.streamId, version: result.version, position: result.position };
}
