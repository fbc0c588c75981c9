import { ApiProperty } from '@nestjs/swagger';

/** `POST /auth/logout`. */
export class LogoutAnswer {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'L’adresse où le navigateur termine aussi la session du fournisseur d’identité, ou null s’il n’en offre pas',
    example: 'http://127.0.0.1:3006/session/end?client_id=mutualis-console',
  })
  endSessionUrl!: string | null;
}
