import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  AcrossConsortia,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  newResourceId,
  Roles,
  SiretParam,
} from '@mutualis/shared/api';
import { SupplierRegistry } from '../supplier-registry';
import {
  FileDocumentAccepted,
  RecordCertificationAccepted,
  RecordExclusionAccepted,
} from './command-answers.responses';
import {
  FileDocumentBody,
  LiftExclusionBody,
  RecordCertificationBody,
  RecordExclusionBody,
} from './supplier.dto';

@ApiTags('Fournisseurs : pièces, certifications et exclusions (compliance)')
@Controller('suppliers/:supplierSiret')
@AcrossConsortia()
export class ComplianceController {
  constructor(
    @Inject(SupplierRegistry) private readonly registry: SupplierRegistry,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post('documents')
  @Roles('platform-admin', 'supplier')
  @CommandEndpoint('FileDocument')
  @ApiOperation({
    summary: 'Déposer une pièce administrative (FileDocument)',
    description:
      'Attestation de vigilance URSSAF (valable 6 mois à compter de sa délivrance, D8222-5), attestation de ' +
      'régularité fiscale, extrait Kbis, assurance : métadonnées et empreinte SHA-256 du fichier. Une pièce déjà ' +
      'expirée est refusée (422, document-expired). Un fournisseur ne dépose que ses propres pièces.',
  })
  @ApiCreatedResponse({ type: FileDocumentAccepted })
  async fileDocument(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Body() body: FileDocumentBody,
    @CommandContext() context: CommandContext,
  ): Promise<FileDocumentAccepted> {
    const documentId = newResourceId(context);
    const result = await this.registry.handle(
      siret,
      { type: 'FileDocument', documentId, ...body, today: this.clock.today() },
      context,
    );
    return { documentId, ...accepted(result) };
  }

  @Post('certifications')
  @Roles('platform-admin', 'supplier')
  @CommandEndpoint('RecordCertification')
  @ApiOperation({
    summary: 'Déclarer une certification (RecordCertification)',
    description: 'ISO 27001, qualification SecNumCloud, HDS ou autre, avec son périmètre et sa validité.',
  })
  @ApiCreatedResponse({ type: RecordCertificationAccepted })
  async recordCertification(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Body() body: RecordCertificationBody,
    @CommandContext() context: CommandContext,
  ): Promise<RecordCertificationAccepted> {
    const certificationId = newResourceId(context);
    const result = await this.registry.handle(
      siret,
      { type: 'RecordCertification', certificationId, ...body, today: this.clock.today() },
      context,
    );
    return { certificationId, ...accepted(result) };
  }

  @Post('exclusions')
  @Roles('platform-admin')
  @CommandEndpoint('RecordExclusion')
  @ApiOperation({
    summary: 'Inscrire une exclusion de la commande publique (RecordExclusion, L2141-1 à L2141-11)',
    description:
      'La fin est calculée selon le motif : 5 ans à compter de la condamnation pour L2141-1 sauf durée fixée par ' +
      'la juridiction (règle S3) ; jusqu’à régularisation pour L2141-2 et L2141-3. Réservé à l’administrateur de ' +
      'la plateforme.',
  })
  @ApiCreatedResponse({ type: RecordExclusionAccepted })
  async recordExclusion(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Body() body: RecordExclusionBody,
    @CommandContext() context: CommandContext,
  ): Promise<RecordExclusionAccepted> {
    const exclusionId = newResourceId(context);
    const result = await this.registry.handle(
      siret,
      { type: 'RecordExclusion', exclusionId, ...body, today: this.clock.today() },
      context,
    );
    return { exclusionId, ...accepted(result) };
  }

  @Post('exclusions/:exclusionId/lift')
  @Roles('platform-admin')
  @CommandEndpoint('LiftExclusion')
  @ApiOperation({
    summary: 'Lever une exclusion avant son terme (LiftExclusion)',
    description: 'Le motif de la levée est obligatoire et conservé (422, lift-reason-required).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async liftExclusion(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Param('exclusionId', ParseUUIDPipe) exclusionId: string,
    @Body() body: LiftExclusionBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    const result = await this.registry.handle(
      siret,
      { type: 'LiftExclusion', exclusionId, reason: body.reason, today: this.clock.today() },
      context,
    );
    return accepted(result);
  }
}
