import { ApiProperty } from '@nestjs/swagger';
import { CommandAccepted } from '@mutualis/shared/api';

/** The answer of `POST /suppliers`. */
export class RegisterSupplierAccepted extends CommandAccepted {
  @ApiProperty({
    description: 'SIRET de l’établissement immatriculé (14 chiffres, sans espaces) : `/suppliers/{siret}`',
    example: '73282932000074',
  })
  siret!: string;
}

/** The answer of `POST /suppliers/{supplierSiret}/documents`. */
export class FileDocumentAccepted extends CommandAccepted {
  @ApiProperty({
    description:
      'Identifiant de la pièce déposée (documentId), à lire en `…/documents/{documentId}` (Location)',
    format: 'uuid',
    example: '0190c6a5-1d2e-7f00-8a00-000000000001',
  })
  documentId!: string;
}

/** The answer of `POST /suppliers/{supplierSiret}/certifications`. */
export class RecordCertificationAccepted extends CommandAccepted {
  @ApiProperty({
    description:
      'Identifiant de la certification déclarée (certificationId), à lire en `…/certifications/{certificationId}` ' +
      '(Location)',
    format: 'uuid',
    example: '0190c6a5-1d2e-7f00-8a00-000000000002',
  })
  certificationId!: string;
}

/** The answer of `POST /suppliers/{supplierSiret}/exclusions`. */
export class RecordExclusionAccepted extends CommandAccepted {
  @ApiProperty({
    description:
      'Identifiant de l’exclusion inscrite (exclusionId), à lire en `…/exclusions/{exclusionId}` (Location) et ' +
      'pour la lever : `…/exclusions/{exclusionId}/lift`',
    format: 'uuid',
    example: '0190c6a5-1d2e-7f00-8a00-000000000003',
  })
  exclusionId!: string;
}
