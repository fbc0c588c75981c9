import { ApiProperty } from '@nestjs/swagger';
import { CommandAccepted } from '@mutualis/shared/api';

// The answers of the commands that create a resource of the contract: where the events went, and its identifier.

/** The answer to a bon de commande placed. */
export class OrderAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant du bon de commande émis',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d90',
  })
  orderId!: string;
}

/** The answer to an avenant signed. */
export class AmendmentAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de l’avenant signé',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d91',
  })
  amendmentId!: string;
}

/** The answer to a payment request received. */
export class InvoiceAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description: 'Identifiant de la facture : celui de sa mise en paiement (…/invoices/{invoiceId}/payment)',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d92',
  })
  invoiceId!: string;
}

/** The answer to a delay penalty envisaged. */
export class PenaltyAccepted extends CommandAccepted {
  @ApiProperty({
    format: 'uuid',
    description:
      'Identifiant de la pénalité : celui de son application (…/penalties/{penaltyId}/application)',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d93',
  })
  penaltyId!: string;
}
