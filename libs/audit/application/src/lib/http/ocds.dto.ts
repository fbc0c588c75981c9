import { ApiProperty } from '@nestjs/swagger';

const OCID = 'ocds-000000-0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e';

class OcdsPublisherView {
  @ApiProperty({ description: 'Nom de l’éditeur des données', example: 'Mutualis' })
  name!: string;
}

class OcdsRecordView {
  @ApiProperty({
    description: 'Identifiant OCDS de la consultation : préfixe de l’éditeur et UUID',
    example: OCID,
  })
  ocid!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'Les publications (releases) de la consultation, une par étape rendue publique, chacune au schéma « release » ' +
      'de l’OCDS 1.1.5 (https://standard.open-contracting.org/1.1/en/schema/release/)',
    example: [
      {
        ocid: OCID,
        id: '0190c6a4-9b2e-7c3d-8e4f-5a6b7c8d9e0f',
        date: '2026-03-02T09:00:00Z',
        tag: ['tender'],
      },
    ],
  })
  releases!: Record<string, unknown>[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'L’état compilé de la consultation (compiled release, schéma « release » de l’OCDS)',
    example: { ocid: OCID, tag: ['compiled'] },
  })
  compiledRelease!: Record<string, unknown>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'L’historique de chaque champ, avec la publication qui l’a donné (versioned release)',
    example: { ocid: OCID },
  })
  versionedRelease!: Record<string, unknown>;
}

/** `GET …/ocds/{tenderId}`: an OCDS 1.1.5 record package, validated against the official schemas. */
export class OcdsRecordPackageView {
  @ApiProperty({
    format: 'uri',
    description: 'Où le paquet est publié',
    example:
      'https://audit.example.fr/consortia/0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e/ocds/0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e',
  })
  uri!: string;

  @ApiProperty({ description: 'Version de l’OCDS', example: '1.1' })
  version!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Instant de publication',
    example: '2026-12-01T08:00:00.000Z',
  })
  publishedDate!: string;

  @ApiProperty({ type: () => OcdsPublisherView, description: 'L’éditeur' })
  publisher!: OcdsPublisherView;

  @ApiProperty({
    format: 'uri',
    description: 'Licence des données',
    example: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  })
  license!: string;

  @ApiProperty({ type: () => [OcdsRecordView], description: 'Le dossier (record) de la consultation' })
  records!: OcdsRecordView[];
}
