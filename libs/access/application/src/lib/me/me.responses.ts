import { ApiProperty } from '@nestjs/swagger';

const CONSORTIUM_ID = '0190c6a4-7c1e-7000-8000-00000000000a';

export class SignedInPersonView {
  @ApiProperty({
    description: 'Identifiant de la personne chez le fournisseur d’identité',
    example: 'claire.martin',
  })
  subject!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Nom et prénom', example: 'Claire Martin' })
  name!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Adresse électronique vérifiée',
    example: 'claire.martin@toulouse-metropole.fr',
  })
  email!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SIRET de l’organisation de la personne (ProConnect), ou null',
    example: '24310051800014',
  })
  organisationSiret!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Nom de cette organisation, tel que Mutualis le connaît (membre ou coordonnateur), ou null',
    example: 'Toulouse Métropole',
  })
  organisationName!: string | null;
}

export class MyConsortiumView {
  @ApiProperty({ format: 'uuid', description: 'Identifiant du groupement', example: CONSORTIUM_ID })
  consortiumId!: string;

  @ApiProperty({
    description: 'Nom du groupement ou de la centrale d’achat',
    example: 'Groupement numérique 31',
  })
  name!: string;

  @ApiProperty({
    description: 'Nature : groupement de commandes ponctuel ou permanent, centrale d’achat',
    example: 'groupement-de-commandes-permanent',
  })
  kind!: string;

  @ApiProperty({
    enum: ['coordinator', 'member-buyer', 'auditor'],
    isArray: true,
    description:
      'Les rôles de la personne dans ce groupement : coordonnateur (agent du coordonnateur), acheteur membre ' +
      '(agent d’une collectivité membre), contrôleur (désigné explicitement)',
    example: ['coordinator', 'member-buyer'],
  })
  roles!: ('coordinator' | 'member-buyer' | 'auditor')[];
}

/** `GET /me`. */
export class MeView {
  @ApiProperty({ type: SignedInPersonView, description: 'La personne connectée' })
  person!: SignedInPersonView;

  @ApiProperty({ description: 'Administrateur de la plateforme (désigné explicitement)', example: false })
  platformAdmin!: boolean;

  @ApiProperty({
    type: [String],
    description: 'Les entreprises (SIRET) pour lesquelles la personne répond aux consultations',
    example: [],
  })
  supplierSirets!: string[];

  @ApiProperty({ type: [MyConsortiumView], description: 'Ses groupements, avec son rôle dans chacun' })
  consortia!: MyConsortiumView[];

  @ApiProperty({
    description: 'À renvoyer dans l’en-tête `X-CSRF-Token` de toute requête qui modifie quelque chose',
    example: 'q3Xc0d2v8l1J3f9QeYtq6mO0c3l9x2bB1o6o7wKz0aY',
  })
  csrfToken!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Fin de la session au plus tard',
    example: '2026-12-07T18:30:00.000Z',
  })
  sessionExpiresAt!: string;
}
