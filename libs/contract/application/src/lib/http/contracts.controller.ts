import type { ServerResponse } from 'node:http';
import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { parisDate } from '@mutualis/procurement-rules';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  ContextRuntime,
  OptionalDateQuery,
  OptionalInstantQuery,
  PublishedFacts,
  Roles,
  versionTag,
} from '@mutualis/shared/api';
import { Contracts } from '../contracts';
import { ContractLedger } from '../ledger/contract-ledger';
import {
  NonRenewalBody,
  NotificationBody,
  ResumptionBody,
  SuspensionBody,
  TerminationBody,
} from './contract.dto';
import { refuseFutureDates } from './past-dates';
import { contractView } from './contract-view';
import { ContractHistory } from './contract-history.responses';
import { ContractList, OverdueInvoiceList, VigilanceLapseList } from './contract-lists.responses';
import { ContractView } from './contract.responses';

const CONTRACT = ':contractId';
const AS_OF_DESCRIPTION =
  'Lire ce qui était enregistré à cet instant : une date AAAA-MM-JJ (la fin de ce jour, heure de Paris) ou un ' +
  'instant ISO 8601 avec fuseau. Par défaut : maintenant.';

@ApiTags('Marchés : notification, suivi, reconduction, fin (contracts)')
@Controller('consortia/:consortiumId')
export class ContractsController {
  constructor(
    @Inject(Contracts) private readonly contracts: Contracts,
    @Inject(ContractLedger) private readonly ledger: ContractLedger,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
  ) {}

  @Get('contracts')
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Les marchés et accords-cadres du groupement',
    description:
      'Avec leurs totaux : commandé, facturé, payé. `minPosition` attend que la liste reflète une écriture.',
  })
  @ApiQuery({
    name: 'minPosition',
    required: false,
    type: Number,
    description:
      'Attendre que la liste reflète les écritures jusqu’à cette position (la `position` rendue par une commande) ' +
      'avant de répondre. Par défaut : répondre sans attendre.',
    example: 1042,
  })
  @ApiOkResponse({ type: ContractList, description: 'Les marchés du groupement, avec leurs totaux' })
  async list(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('minPosition', new ParseIntPipe({ optional: true })) minPosition?: number,
  ): Promise<ContractList> {
    if (minPosition !== undefined) await this.runtime.readModelsCaughtUp();
    return { contracts: await this.ledger.contracts({ consortiumId }) };
  }

  @Get('overdue-invoices')
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'Factures en retard de paiement, avec les intérêts moratoires dus à la date',
    description:
      'Délai global de paiement dépassé (30 jours pour une collectivité, R2192-10) : intérêts au taux de la BCE ' +
      'majoré de 8 points, au prorata des jours, et indemnité forfaitaire de 40 €.',
  })
  @ApiQuery({
    name: 'on',
    required: false,
    type: String,
    description:
      'Date du calcul (AAAA-MM-JJ) : les factures dont l’échéance est passée à cette date, avec les intérêts dus ' +
      'si elles étaient payées ce jour-là. Par défaut : aujourd’hui.',
    example: '2026-10-11',
  })
  @ApiOkResponse({
    type: OverdueInvoiceList,
    description: 'Les factures en retard, avec ce qui est dû à la date',
  })
  async overdue(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('on', new OptionalDateQuery('on')) on: string | undefined,
  ): Promise<OverdueInvoiceList> {
    await this.runtime.readModelsCaughtUp();
    const day = on ?? this.clock.today();
    return { on: day, invoices: await this.ledger.overdueInvoices(consortiumId, day) };
  }

  @Get('vigilance-lapses')
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'Titulaires dont l’attestation de vigilance URSSAF est échue (obligation de vigilance, L8222-1)',
    description:
      'Les marchés en cours du groupement dont le titulaire n’a pas déposé de nouvelle attestation après ' +
      'l’échéance signalée par le registre des fournisseurs : à réclamer tous les six mois jusqu’à la fin du ' +
      'marché (D8222-5). Une alerte, pas un blocage : le travail fait reste payé (le refuser ferait courir des ' +
      'intérêts moratoires) ; chaque ligne dit quand la dernière demande a été faite au titulaire.',
  })
  @ApiOkResponse({ type: VigilanceLapseList, description: 'Les attestations échues, par marché en cours' })
  async vigilanceLapses(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
  ): Promise<VigilanceLapseList> {
    await this.runtime.readModelsCaughtUp();
    const inForce = (await this.ledger.contracts({ consortiumId })).filter((contract) =>
      ['signed', 'running', 'suspended'].includes(contract.status),
    );
    const lapses = await this.facts.vigilanceLapses([
      ...new Set(inForce.map((contract) => contract.holderSiret)),
    ]);
    const rows = await Promise.all(
      inForce.map(async (contract) => {
        const found = lapses.filter((lapse) => lapse.siret === contract.holderSiret);
        if (found.length === 0) return [];
        const { state } = await this.contracts.load(contract.contractId, { consortiumId });
        const requestedOn =
          state.vigilanceRequests.filter((request) => request.holderSiret === contract.holderSiret).at(-1)
            ?.requestedOn ?? null;
        return found.map((lapse) => ({
          contractId: contract.contractId,
          object: contract.object,
          holderSiret: contract.holderSiret,
          lapsedDocumentId: lapse.documentId,
          expiredOn: lapse.expiredOn,
          requestedOn,
        }));
      }),
    );
    return { lapses: rows.flat() };
  }

  @Get(`contracts/${CONTRACT}`)
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({ summary: 'Un marché, ou tel qu’enregistré à un instant (asOf) : position, actes, retards' })
  @ApiQuery({
    name: 'asOf',
    required: false,
    type: String,
    description: AS_OF_DESCRIPTION,
    example: '2026-10-01',
  })
  @ApiOkResponse({
    type: ContractView,
    description: 'Le marché ; l’en-tête ETag porte sa version, à renvoyer dans If-Match',
  })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Query('asOf', new OptionalInstantQuery()) asOf: string | undefined,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<ContractView> {
    const { state, version } = await this.contracts.load(contractId, { consortiumId }, asOf);
    response.setHeader('ETag', versionTag(version));
    return contractView(state, version, asOf ? parisDate(asOf) : this.clock.today());
  }

  @Get(`contracts/${CONTRACT}/history`)
  @Roles('coordinator', 'auditor')
  @ApiOperation({ summary: 'L’historique du marché : chaque acte, qui, quand, sous quelle règle' })
  @ApiQuery({
    name: 'asOf',
    required: false,
    type: String,
    description: AS_OF_DESCRIPTION,
    example: '2026-10-01',
  })
  @ApiOkResponse({ type: ContractHistory, description: 'Les actes du marché, enregistrés jusqu’à asOf' })
  async history(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Query('asOf', new OptionalInstantQuery()) asOf: string | undefined,
  ): Promise<ContractHistory> {
    await this.contracts.load(contractId, { consortiumId }, asOf);
    return { events: await this.contracts.history(contractId, asOf) };
  }

  @Post(`contracts/${CONTRACT}/notification`)
  @Roles('coordinator')
  @CommandEndpoint('NotifyContract')
  @ApiOperation({
    summary: 'Notifier le marché au titulaire (NotifyContract)',
    description:
      'Le marché prend effet. Conditions d’exécution : durée, reconductions, forme et type de prix, CCAG, avance ' +
      '(obligatoire au-delà de 50 000 € HT et 2 mois, 5 % au moins, 10 % pour une PME d’un acheteur de plus de ' +
      '60 M€ ; R2191-3, R2191-7), retenue de garantie (5 % au plus, 3 % pour une PME, R2191-32).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async notify(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: NotificationBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { notifiedOn: body.notifiedOn });
    const command = {
      type: 'NotifyContract' as const,
      ...body,
      renewals: body.renewals ?? null,
      penaltyDerogation: body.penaltyDerogation ?? false,
    };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`contracts/${CONTRACT}/renewals`)
  @Roles('coordinator')
  @CommandEndpoint('RenewContract')
  @ApiOperation({
    summary: 'Reconduire le marché, à la date du jour (RenewContract)',
    description:
      'Seulement les reconductions que la consultation a annoncées avec la durée totale (R2112-4) ; le titulaire ne ' +
      'peut la refuser. Expresse, l’acheteur la décide avant le terme ; tacite, elle a lieu au terme sauf décision ' +
      'contraire prise avant lui (non-renewal), et s’enregistre à partir du lendemain du terme, datée de ce jour-là ' +
      '(tacit-renewal-before-term avant).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async renew(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @CommandContext() context: CommandContext,
  ) {
    const command = { type: 'RenewContract' as const, renewedOn: this.clock.today() };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`contracts/${CONTRACT}/non-renewal`)
  @Roles('coordinator')
  @CommandEndpoint('DeclineRenewal')
  @ApiOperation({
    summary: 'Décider de ne pas reconduire le marché, à la date du jour (DeclineRenewal)',
    description:
      'Avant le terme en vigueur, son dernier jour compris (R2112-4) : la reconduction suivante, tacite ou expresse, ' +
      'n’a pas lieu et le marché prend fin à son terme. Le lendemain du terme, une reconduction tacite a déjà eu lieu ' +
      '(contract-term-passed).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async declineRenewal(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: NonRenewalBody,
    @CommandContext() context: CommandContext,
  ) {
    const command = {
      type: 'DeclineRenewal' as const,
      declinedOn: this.clock.today(),
      reason: body.reason,
    };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`contracts/${CONTRACT}/suspension`)
  @Roles('coordinator')
  @CommandEndpoint('SuspendContract')
  @ApiOperation({ summary: 'Ajourner l’exécution (SuspendContract)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async suspend(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: SuspensionBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { suspendedOn: body.suspendedOn });
    const command = { type: 'SuspendContract' as const, ...body };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`contracts/${CONTRACT}/resumption`)
  @Roles('coordinator')
  @CommandEndpoint('ResumeContract')
  @ApiOperation({ summary: 'Reprendre l’exécution (ResumeContract)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async resume(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: ResumptionBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { resumedOn: body.resumedOn });
    const command = { type: 'ResumeContract' as const, ...body };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`contracts/${CONTRACT}/termination`)
  @Roles('coordinator')
  @CommandEndpoint('TerminateContract')
  @ApiOperation({ summary: 'Résilier le marché (TerminateContract)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async terminate(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: TerminationBody,
    @CommandContext() context: CommandContext,
  ) {
    refuseFutureDates(this.clock.today(), { terminatedOn: body.terminatedOn });
    const command = { type: 'TerminateContract' as const, ...body };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }

  @Post(`contracts/${CONTRACT}/end`)
  @Roles('coordinator')
  @CommandEndpoint('EndContract')
  @ApiOperation({ summary: 'Constater la fin du marché, le terme passé (EndContract)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async end(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @CommandContext() context: CommandContext,
  ) {
    const command = { type: 'EndContract' as const, endedOn: this.clock.today() };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }
}
