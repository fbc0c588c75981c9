import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  ProblemException,
  Roles,
  SiretParam,
} from '@mutualis/shared/api';
import { Consortia } from '../consortia';
import { AdhesionBody, ApplyBody, DeliberationBody, WithdrawalBody } from './membership.dto';

@ApiTags('Adhésion et retrait des membres (members)')
@Controller('consortia/:consortiumId')
export class MembersController {
  constructor(
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post('applications')
  @Roles('coordinator', 'member-buyer')
  @CommandEndpoint('ApplyForMembership')
  @ApiOperation({
    summary: 'Demander l’adhésion d’une collectivité (ApplyForMembership)',
    description:
      'Le SIRET est vérifié (S1) et rapproché du référentiel des communes et EPCI. Refusé pour un groupement ' +
      'ponctuel dont la procédure est lancée, ou un groupement permanent sans clause d’adhésion (M3). Un ' +
      'acheteur membre ne demande que pour sa propre collectivité.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async apply(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: ApplyBody,
    @CommandContext() context: CommandContext,
  ) {
    const { principal } = context;
    if (
      principal.role === 'member-buyer' &&
      body.authority.siret.replace(/\s/g, '') !== principal.authoritySiret
    ) {
      throw new ProblemException('forbidden', 'A member buyer applies only for its own authority.');
    }
    await this.consortia.load(consortiumId);
    const command = {
      type: 'ApplyForMembership' as const,
      authority: body.authority,
      appliedOn: this.clock.today(),
    };
    return accepted(await this.consortia.handle(consortiumId, command, context));
  }

  @Post('members/:authoritySiret/deliberations')
  @Roles('coordinator', 'member-buyer')
  @CommandEndpoint('RecordDeliberation')
  @ApiOperation({
    summary: 'Enregistrer la délibération d’adhésion (RecordDeliberation)',
    description:
      'Numéro, date d’adoption et organe délibérant ; l’adhésion devra être postérieure ou du même jour (M2).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async recordDeliberation(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) siret: string,
    @Body() body: DeliberationBody,
    @CommandContext() context: CommandContext,
  ) {
    this.requirePast(body.adoptedOn, 'adoptedOn');
    await this.consortia.load(consortiumId);
    return accepted(
      await this.consortia.handle(consortiumId, { type: 'RecordDeliberation', siret, ...body }, context),
    );
  }

  @Post('members/:authoritySiret/adhesion')
  @Roles('coordinator')
  @CommandEndpoint('AcceptAdhesion')
  @ApiOperation({
    summary: 'Accepter l’adhésion : signature de la convention par le membre (AcceptAdhesion)',
    description:
      'La collectivité devient membre à cette date. Refusé sans délibération adoptée au plus tard ce jour (M2), ' +
      'ou si le groupement n’admet plus de membres (M3).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async acceptAdhesion(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) siret: string,
    @Body() body: AdhesionBody,
    @CommandContext() context: CommandContext,
  ) {
    this.requirePast(body.acceptedOn, 'acceptedOn');
    await this.consortia.load(consortiumId);
    return accepted(
      await this.consortia.handle(consortiumId, { type: 'AcceptAdhesion', siret, ...body }, context),
    );
  }

  @Post('members/:authoritySiret/withdrawal')
  @Roles('coordinator', 'member-buyer')
  @CommandEndpoint('Withdraw')
  @ApiOperation({
    summary: 'Se retirer du groupement (Withdraw)',
    description:
      'Selon la clause de retrait de la convention, après son préavis ; l’événement indique qui supporte les ' +
      'conséquences financières (M4). Le membre reste dans l’historique et n’est plus bénéficiaire des ' +
      'recensements suivants.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async withdraw(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) siret: string,
    @Body() body: WithdrawalBody,
    @CommandContext() context: CommandContext,
  ) {
    await this.consortia.load(consortiumId);
    const command = {
      type: 'Withdraw' as const,
      siret,
      requestedOn: this.clock.today(),
      effectiveOn: body.effectiveOn,
    };
    return accepted(await this.consortia.handle(consortiumId, command, context));
  }

  /** Acts already done (a délibération adopted, a convention signed) cannot be dated in the future. */
  private requirePast(date: string, field: string): void {
    if (date > this.clock.today()) {
      throw new ProblemException('validation-failed', `${field} cannot be a future date.`, {
        errors: [{ field, message: 'must not be after today' }],
      });
    }
  }
}
