import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AcrossConsortia,
  accepted,
  Clock,
  CommandContext,
  CommandEndpoint,
  ContextRuntime,
  CurrentPrincipal,
  newResourceId,
  Principal,
  PublishedFacts,
  Roles,
  SiretParam,
} from '@mutualis/shared/api';
import { Contracts } from '../contracts';
import { ContractLedger } from '../ledger/contract-ledger';
import { InvoiceBody } from './execution.dto';
import { contractView, invoiceOf } from './contract-view';
import { InvoiceAccepted } from './command-answers.responses';
import { ContractList } from './contract-lists.responses';
import { ContractView } from './contract.responses';
import { InvoiceView } from './contract-payments.responses';

@ApiTags('Titulaires : leurs marchés et leurs factures (holders)')
@Controller('suppliers/:supplierSiret/contracts')
@AcrossConsortia()
export class HoldersController {
  constructor(
    @Inject(Contracts) private readonly contracts: Contracts,
    @Inject(ContractLedger) private readonly ledger: ContractLedger,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
  ) {}

  @Get()
  @Roles('supplier')
  @ApiOperation({ summary: 'Mes marchés, dans les groupements que nomme mon jeton' })
  @ApiOkResponse({ type: ContractList, description: 'Les marchés du titulaire, avec leurs totaux' })
  async list(
    @Param('supplierSiret', new SiretParam('supplierSiret')) supplierSiret: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ContractList> {
    await this.runtime.readModelsCaughtUp();
    const contracts = await this.ledger.contracts({ holderSiret: supplierSiret });
    return { contracts: contracts.filter((contract) => principal.consortia.includes(contract.consortiumId)) };
  }

  @Get(':contractId')
  @Roles('supplier')
  @ApiOperation({ summary: 'Un de mes marchés : commandes, factures, paiements, retards' })
  @ApiOkResponse({ type: ContractView, description: 'Le marché, tel que le voit l’acheteur' })
  async read(
    @Param('supplierSiret', new SiretParam('supplierSiret')) supplierSiret: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ContractView> {
    const scope = { holderSiret: supplierSiret, consortia: principal.consortia };
    const { state, version } = await this.contracts.load(contractId, scope);
    return contractView(state, version, this.clock.today());
  }

  @Post(':contractId/invoices')
  @Roles('supplier')
  @CommandEndpoint('ReceiveInvoice', {
    location: '/suppliers/{supplierSiret}/contracts/{contractId}/invoices/{invoiceId}',
  })
  @ApiOperation({
    summary: 'Déposer une demande de paiement (ReceiveInvoice)',
    description:
      'Reçue à la date du jour : le délai global de paiement court à partir de là (R2192-12), celui du membre ' +
      'qui a émis le bon de commande sous un accord-cadre (30 jours pour une collectivité, R2192-10 ; 50 pour un ' +
      'établissement public de santé, R2192-11).',
  })
  @ApiCreatedResponse({ type: InvoiceAccepted })
  async invoice(
    @Param('supplierSiret', new SiretParam('supplierSiret')) supplierSiret: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: InvoiceBody,
    @CommandContext() context: CommandContext,
  ): Promise<InvoiceAccepted> {
    const scope = { holderSiret: supplierSiret, consortia: context.principal.consortia };
    const { state } = await this.contracts.load(contractId, scope);
    const invoiceId = newResourceId(context);
    const consortiumId = state.opened!.consortiumId;
    const command = {
      type: 'ReceiveInvoice' as const,
      invoiceId,
      receivedOn: this.clock.today(),
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

  @Get(':contractId/invoices/:invoiceId')
  @Roles('supplier')
  @ApiOperation({ summary: 'Une de mes demandes de paiement, et son paiement' })
  @ApiOkResponse({ type: InvoiceView, description: 'La facture, telle que la voit l’acheteur' })
  async readInvoice(
    @Param('supplierSiret', new SiretParam('supplierSiret')) supplierSiret: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('invoiceId', ParseUUIDPipe) invoiceId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvoiceView> {
    const scope = { holderSiret: supplierSiret, consortia: principal.consortia };
    const { state } = await this.contracts.load(contractId, scope);
    return invoiceOf(state, invoiceId);
  }
}
