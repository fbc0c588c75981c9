import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandContext,
  CommandEndpoint,
  ContextRuntime,
  newResourceId,
  ProblemException,
  PublishedFacts,
  Roles,
  SiretParam,
} from '@mutualis/shared/api';
import { Contracts } from '../contracts';
import { ContractLedger } from '../ledger/contract-ledger';
import { OrderBody } from './execution.dto';
import { OrderAccepted } from './command-answers.responses';
import { OrderList, OrderSummaryView } from './contract-lists.responses';

@ApiTags('Bons de commande des membres (orders)')
@Controller('consortia/:consortiumId/members/:authoritySiret/orders')
export class OrdersController {
  constructor(
    @Inject(Contracts) private readonly contracts: Contracts,
    @Inject(ContractLedger) private readonly ledger: ContractLedger,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('member-buyer')
  @CommandEndpoint('PlaceOrder', {
    location: '/consortia/{consortiumId}/members/{authoritySiret}/orders/{orderId}',
  })
  @ApiOperation({
    summary: 'Émettre un bon de commande sous un accord-cadre (PlaceOrder)',
    description:
      'Par l’acheteur du membre, pour son autorité, à la date du jour. Seulement par un membre bénéficiaire de la procédure (membre à son lancement) dont le retrait n’a pas pris effet, ' +
      'dans la durée de l’accord-cadre et jamais au-delà de son maximum (R2162-4) : l’accord-cadre est épuisé ' +
      'quand le maximum est atteint.',
  })
  @ApiCreatedResponse({ type: OrderAccepted })
  async place(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) authoritySiret: string,
    @Body() body: OrderBody,
    @CommandContext() context: CommandContext,
  ): Promise<OrderAccepted> {
    const orderId = newResourceId(context);
    const command = {
      type: 'PlaceOrder' as const,
      orderId,
      memberSiret: authoritySiret,
      placedOn: this.clock.today(),
      amountCents: body.amountCents,
      description: body.description,
      membership: await this.facts.membership(consortiumId),
    };
    const result = await this.contracts.handleIn(consortiumId, body.contractId, command, context);
    return { orderId, ...accepted(result) };
  }

  @Get()
  @Roles('member-buyer', 'coordinator', 'auditor')
  @ApiOperation({ summary: 'Les bons de commande d’un membre, tous marchés du groupement confondus' })
  @ApiOkResponse({ type: OrderList, description: 'Les bons de commande du membre' })
  async list(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) authoritySiret: string,
  ): Promise<OrderList> {
    await this.runtime.readModelsCaughtUp();
    return { orders: await this.ledger.orders(consortiumId, authoritySiret) };
  }

  @Get(':orderId')
  @Roles('member-buyer', 'coordinator', 'auditor')
  @ApiOperation({ summary: 'Un bon de commande du membre' })
  @ApiParam({
    name: 'orderId',
    description: 'Identifiant du bon de commande (orderId), rendu à son émission',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d90',
  })
  @ApiOkResponse({ type: OrderSummaryView, description: 'Le bon de commande, tel que le liste le membre' })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) authoritySiret: string,
    @Param('orderId', ParseUUIDPipe) orderId: string,
  ): Promise<OrderSummaryView> {
    await this.runtime.readModelsCaughtUp();
    const orders = await this.ledger.orders(consortiumId, authoritySiret);
    const order = orders.find((placed) => placed.orderId === orderId);
    if (!order) throw new ProblemException('not-found', 'No such order of this member.');
    return order;
  }
}
