import { ApiProperty } from '@nestjs/swagger';

class PublicKeyView {
  @ApiProperty({ description: 'Type de clé', example: 'RSA' })
  kty!: string;

  @ApiProperty({ description: 'Module de la clé RSA (base64url)', example: 'sXch…' })
  n!: string;

  @ApiProperty({ description: 'Exposant public (base64url)', example: 'AQAB' })
  e!: string;

  @ApiProperty({
    description: 'Identifiant de la clé (empreinte RFC 7638), repris dans l’en-tête des jetons',
    example: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
  })
  kid!: string;

  @ApiProperty({ description: 'Algorithme', example: 'RS256' })
  alg!: string;

  @ApiProperty({ description: 'Usage : signature', example: 'sig' })
  use!: string;
}

/** `GET /.well-known/jwks.json`. */
export class JwksView {
  @ApiProperty({ type: [PublicKeyView], description: 'Les clés publiques en vigueur' })
  keys!: PublicKeyView[];
}
