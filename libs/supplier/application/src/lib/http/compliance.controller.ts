import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  AcrossConsortia,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  newResourceId,
  ProblemException,
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
import { SUPPLIER_READERS } from './supplier-readers';
import { SupplierCertificationView, SupplierDocumentView, SupplierExclusionView } from './supplier.responses';

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
  @CommandEndpoint('FileDocument', { location: '/suppliers/{supplierSiret}/documents/{documentId}' })
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
  @CommandEndpoint('RecordCertification', {
    location: '/suppliers/{supplierSiret}/certifications/{certificationId}',
  })
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
  @CommandEndpoint('RecordExclusion', { location: '/suppliers/{supplierSiret}/exclusions/{exclusionId}' })
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

  @Get('documents/:documentId')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Consulter une pièce administrative déposée',
    description:
      'La pièce telle que le fournisseur l’a déposée : nature, délivrance, fin de validité, nom et empreinte du ' +
      'fichier. Lisible par les mêmes que le fournisseur (un fournisseur, seulement sous son propre SIRET).',
  })
  @ApiParam({
    name: 'documentId',
    description: 'Identifiant (UUID) de la pièce (documentId), donné dans la réponse à son dépôt',
  })
  @ApiOkResponse({ type: SupplierDocumentView })
  async document(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
  ): Promise<SupplierDocumentView> {
    const { state } = await this.registry.load(siret);
    const document = state.documents.find((filed) => filed.documentId === documentId);
    if (!document)
      throw new ProblemException('not-found', `Supplier ${siret} filed no document ${documentId}.`);
    return document;
  }

  @Get('certifications/:certificationId')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Consulter une certification déclarée',
    description:
      'Référentiel, intitulé, périmètre, organisme, validité, et si le balayage quotidien en a constaté ' +
      'l’expiration. Lisible par les mêmes que le fournisseur (un fournisseur, seulement sous son propre SIRET).',
  })
  @ApiParam({
    name: 'certificationId',
    description:
      'Identifiant (UUID) de la certification (certificationId), donné dans la réponse à sa déclaration',
  })
  @ApiOkResponse({ type: SupplierCertificationView })
  async certification(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Param('certificationId', ParseUUIDPipe) certificationId: string,
  ): Promise<SupplierCertificationView> {
    const { state } = await this.registry.load(siret);
    const certification = state.certifications[certificationId];
    if (!certification) {
      throw new ProblemException(
        'not-found',
        `Supplier ${siret} declared no certification ${certificationId}.`,
      );
    }
    return certification;
  }

  @Get('exclusions/:exclusionId')
  @Roles(...SUPPLIER_READERS)
  @ApiOperation({
    summary: 'Consulter une exclusion inscrite (L2141-1 à L2141-11)',
    description:
      'Motif, décision, terme calculé, levée anticipée et son motif, terme atteint. Lisible par les mêmes que le ' +
      'fournisseur (un fournisseur, seulement sous son propre SIRET).',
  })
  @ApiOkResponse({ type: SupplierExclusionView })
  async exclusion(
    @Param('supplierSiret', new SiretParam('supplierSiret')) siret: string,
    @Param('exclusionId', ParseUUIDPipe) exclusionId: string,
  ): Promise<SupplierExclusionView> {
    const { state } = await this.registry.load(siret);
    const exclusion = state.exclusions[exclusionId];
    if (!exclusion)
      throw new ProblemException('not-found', `Supplier ${siret} has no exclusion ${exclusionId}.`);
    return exclusion;
  }
}
