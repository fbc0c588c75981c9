import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  newResourceId,
  PublishedFacts,
  Roles,
} from '@mutualis/shared/api';
import { eligibilityOn } from '@mutualis/shared/contracts';
import { Contracts } from '../contracts';
import { refuseFutureDates } from './past-dates';
import { AmendmentAccepted, InvoiceAccepted, PenaltyAccepted } from './command-answers.responses';
import { AmendmentView } from './contract-acts.responses';
import { InvoiceView, PenaltyView } from './contract-payments.responses';
import { amendmentOf, invoiceOf, penaltyOf } from './contract-view';
import {
  AmendmentBody,
  AmendmentNotificationBody,
  PaymentCompletionBody,
  PaymentInterruptionBody,
  PenaltyApplicationBody,
  PenaltyBody,
  ReceivedInvoiceBody,
  SubcontractorBody,
} from './execution.dto';

const CONTRACT = 'contracts/:contractId';
const AT = '/consortia/{consortiumId}/contracts/{contractId}';

@ApiTags('Exécution : avenants, factures, paiements, sous-traitance, pénalités (execution)')
@Controller('consortia/:consortiumId')
export class ExecutionController {
  constructor(
    @Inject(Contracts) private readonly contracts: Contracts,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post(`${CONTRACT}/amendments`)
  @Roles('coordinator')
  @CommandEndpoint('SignAmendment', { location: `${AT}/amendments/{amendmentId}` })
  @ApiOperation({
    summary: 'Signer un avenant (SignAmendment)',
    description:
      'Un motif légal par avenant, sans changer la nature globale du marché (L2194-1). De minimis : sous le seuil ' +
      'européen et sous 10 % du montant initial (15 % en travaux), avenants de minimis cumulés (R2194-8, R2194-9). ' +
      'Prestations supplémentaires ou circonstances imprévues : 50 % au plus chacun (R2194-3), avis de ' +
      'modification au JOUE après une procédure formalisée (R2194-10).',
  })
  @ApiCreatedResponse({ type: AmendmentAccepted })
  async amend(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: AmendmentBody,
    @CommandContext() context: CommandContext,
  ): Promise<AmendmentAccepted> {
    refuseFutureDates(this.clock.today(), { signedOn: body.signedOn });
    const amendmentId = newResourceId(context);
    const command = {
      type: 'SignAmendment' as const,
      amendmentId,
      ...body,
      extensionMonths: body.extensionMonths ?? 0,
      changesNature: body.changesNature ?? false,
      newHolderSiret: body.newHolderSiret ?? null,
    };
    return {
      amendmentId,
      ...accepted(await this.contracts.handleIn(consortiumId, contractId, command, context)),
    };
  }

  @Post(`${CONTRACT}/amendments/:amendmentId/notification`)
  @Roles('coordinator')
  @CommandEndpoint('NotifyAmendment')
  @ApiOperation({
    summary: 'Notifier l’avenant au titulaire (NotifyAmendment)',
    description:
      'Une fois, au plus tôt le jour de sa signature : l’avenant prend effet et la modification des données ' +
      'essentielles est due dans les deux mois (DECP, dateNotificationModification).',
  })
  @ApiParam({
    name: 'amendmentId',
    description: 'Identifiant de l’avenant (amendmentId), rendu à sa signature',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d91',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async notifyAmendment(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('amendmentId', ParseUUIDPipe) amendmentId: string,
    @Body() body: AmendmentNotificationBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    refuseFutureDates(this.clock.today(), { notifiedOn: body.notifiedOn });
    const command = { type: 'NotifyAmendment' as const, amendmentId, notifiedOn: body.notifiedOn };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Get(`${CONTRACT}/amendments/:amendmentId`)
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({ summary: 'Un avenant du marché : motif légal, montant et terme après l’avenant' })
  @ApiParam({
    name: 'amendmentId',
    description: 'Identifiant de l’avenant (amendmentId), rendu à sa signature',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d91',
  })
  @ApiOkResponse({ type: AmendmentView, description: 'L’avenant, tel que le montre le marché' })
  async readAmendment(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('amendmentId', ParseUUIDPipe) amendmentId: string,
  ): Promise<AmendmentView> {
    const { state } = await this.contracts.load(contractId, { consortiumId });
    return amendmentOf(state, amendmentId);
  }

  @Post(`${CONTRACT}/invoices`)
  @Roles('coordinator')
  @CommandEndpoint('ReceiveInvoice', { location: `${AT}/invoices/{invoiceId}` })
  @ApiOperation({
    summary: 'Enregistrer une demande de paiement reçue (ReceiveInvoice)',
    description:
      'Le délai global de paiement court de sa réception (R2192-12). Sous un accord-cadre, elle règle un bon de ' +
      'commande, jamais au-delà, et le délai est celui du membre qui l’a émis : 30 jours pour une commune, un ' +
      'EPCI, un département ou une région (R2192-10), sinon la catégorie déclarée à la notification (50 jours ' +
      'pour un établissement public de santé, R2192-11). Un sous-traitant accepté est payé directement dès ' +
      '600 € TTC (R2193-10).',
  })
  @ApiCreatedResponse({ type: InvoiceAccepted })
  async receive(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: ReceivedInvoiceBody,
    @CommandContext() context: CommandContext,
  ): Promise<InvoiceAccepted> {
    refuseFutureDates(this.clock.today(), { receivedOn: body.receivedOn });
    const invoiceId = newResourceId(context);
    const command = {
      type: 'ReceiveInvoice' as const,
      invoiceId,
      receivedOn: body.receivedOn,
      amountCents: body.amountCents,
      amountCentsTTC: body.amountCentsTTC,
      orderId: body.orderId ?? null,
      subcontractor: body.subcontractor ?? null,
      membership: await this.facts.membership(consortiumId),
    };
    return {
      invoiceId,
      ...accepted(await this.contracts.handleIn(consortiumId, contractId, command, context)),
    };
  }

  @Get(`${CONTRACT}/invoices/:invoiceId`)
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({ summary: 'Une demande de paiement du marché, et son paiement' })
  @ApiOkResponse({ type: InvoiceView, description: 'La facture, telle que la montre le marché' })
  async readInvoice(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('invoiceId', ParseUUIDPipe) invoiceId: string,
  ): Promise<InvoiceView> {
    const { state } = await this.contracts.load(contractId, { consortiumId });
    return invoiceOf(state, invoiceId);
  }

  @Post(`${CONTRACT}/invoices/:invoiceId/payment`)
  @Roles('coordinator')
  @CommandEndpoint('PayInvoice')
  @ApiOperation({
    summary: 'Payer une facture, à la date du jour (PayInvoice)',
    description:
      'Le travail fait est payé même si l’attestation de vigilance URSSAF du titulaire n’est pas valable à la ' +
      'date du paiement (marchés de 5 000 € HT et plus, D8222-5) : le refuser ferait courir le délai global de ' +
      'paiement et les intérêts moratoires. Le paiement enregistre alors une alerte au coordonnateur et la ' +
      'demande d’une nouvelle attestation au titulaire (VigilanceAttestationRequested, visible dans le marché et ' +
      'dans …/vigilance-lapses). En retard, le paiement enregistre les intérêts moratoires et l’indemnité de 40 € ' +
      'dus de plein droit ; la retenue de garantie est prélevée.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async pay(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('invoiceId', ParseUUIDPipe) invoiceId: string,
    @CommandContext() context: CommandContext,
  ) {
    const { state } = await this.contracts.load(contractId, { consortiumId });
    const paidOn = this.clock.today();
    const holder = await this.facts.eligibility(state.holderSiret!);
    const command = {
      type: 'PayInvoice' as const,
      invoiceId,
      paidOn,
      holderEligibility: eligibilityOn(holder, paidOn),
    };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`${CONTRACT}/invoices/:invoiceId/interruption`)
  @Roles('coordinator')
  @CommandEndpoint('InterruptPaymentPeriod')
  @ApiOperation({
    summary: 'Interrompre le délai de paiement d’une demande incomplète (InterruptPaymentPeriod)',
    description:
      'Une seule fois, avant la fin du délai, quand la demande de paiement ne comporte pas les pièces et mentions ' +
      'prévues par la loi ou le marché, ou qu’elles sont erronées ou incohérentes (R2192-27) ; le titulaire en ' +
      'est notifié avec les motifs et les pièces à fournir (R2192-28). Aucun intérêt moratoire ne court pendant ' +
      'l’interruption.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async interrupt(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('invoiceId', ParseUUIDPipe) invoiceId: string,
    @Body() body: PaymentInterruptionBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { interruptedOn: body.interruptedOn });
    const command = { type: 'InterruptPaymentPeriod' as const, invoiceId, ...body };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`${CONTRACT}/invoices/:invoiceId/completion`)
  @Roles('coordinator')
  @CommandEndpoint('CompletePaymentRequest')
  @ApiOperation({
    summary:
      'Constater la réception des pièces manquantes : un nouveau délai s’ouvre (CompletePaymentRequest)',
    description:
      'À la réception de la totalité des pièces et mentions réclamées, un nouveau délai de paiement s’ouvre : ' +
      'trente jours, ou le solde restant à courir à la réception de la notification de l’interruption s’il est ' +
      'supérieur (R2192-29).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async complete(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('invoiceId', ParseUUIDPipe) invoiceId: string,
    @Body() body: PaymentCompletionBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { completedOn: body.completedOn });
    const command = { type: 'CompletePaymentRequest' as const, invoiceId, ...body };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`${CONTRACT}/subcontractors`)
  @Roles('coordinator')
  @CommandEndpoint('AcceptSubcontractor')
  @ApiOperation({
    summary: 'Accepter un sous-traitant et agréer ses conditions de paiement (AcceptSubcontractor)',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async subcontract(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: SubcontractorBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { acceptedOn: body.acceptedOn });
    const command = { type: 'AcceptSubcontractor' as const, ...body };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`${CONTRACT}/penalties`)
  @Roles('coordinator')
  @CommandEndpoint('InvitePenaltyObservations', { location: `${AT}/penalties/{penaltyId}` })
  @ApiOperation({
    summary: 'Envisager une pénalité de retard : inviter le titulaire à présenter ses observations',
    description:
      'Formule du CCAG 2021 (TIC et FCS : V × R / 1000) ; le titulaire dispose de 15 jours. Sous un ' +
      'accord-cadre exécuté par bons de commande, la pénalité porte sur un bon de commande en retard (orderId).',
  })
  @ApiCreatedResponse({ type: PenaltyAccepted })
  async penalty(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: PenaltyBody,
    @CommandContext() context: CommandContext,
  ): Promise<PenaltyAccepted> {
    refuseFutureDates(this.clock.today(), { invitedOn: body.invitedOn });
    const penaltyId = newResourceId(context);
    const command = {
      type: 'InvitePenaltyObservations' as const,
      penaltyId,
      ...body,
      orderId: body.orderId ?? null,
    };
    return {
      penaltyId,
      ...accepted(await this.contracts.handleIn(consortiumId, contractId, command, context)),
    };
  }

  @Get(`${CONTRACT}/penalties/:penaltyId`)
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({ summary: 'Une pénalité de retard du marché, envisagée ou appliquée' })
  @ApiOkResponse({ type: PenaltyView, description: 'La pénalité, telle que la montre le marché' })
  async readPenalty(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('penaltyId', ParseUUIDPipe) penaltyId: string,
  ): Promise<PenaltyView> {
    const { state } = await this.contracts.load(contractId, { consortiumId });
    return penaltyOf(state, penaltyId);
  }

  @Post(`${CONTRACT}/penalties/:penaltyId/application`)
  @Roles('coordinator')
  @CommandEndpoint('ApplyPenalty')
  @ApiOperation({
    summary: 'Appliquer la pénalité, à la date du jour (ApplyPenalty)',
    description:
      'Après les 15 jours d’observations (comptés du lendemain de l’invitation), ou dès leur réception. Rien ' +
      'n’est dû tant que le total des pénalités du marché ne dépasse pas 1 000 € HT (1 000 € exactement : ' +
      'exonéré) ; au-delà, plafond de 10 % du montant HT du marché ou, sous un accord-cadre exécuté par bons de ' +
      'commande, du bon de commande en retard (CCAG 2021), sauf dérogation du CCAP.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async applyPenalty(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('penaltyId', ParseUUIDPipe) penaltyId: string,
    @Body() body: PenaltyApplicationBody,
    @CommandContext() context: CommandContext,
  ) {
    const appliedOn = this.clock.today();
    refuseFutureDates(appliedOn, { observationsReceivedOn: body.observationsReceivedOn });
    const command = {
      type: 'ApplyPenalty' as const,
      penaltyId,
      appliedOn,
      observationsReceivedOn: body.observationsReceivedOn ?? null,
    };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }
}
