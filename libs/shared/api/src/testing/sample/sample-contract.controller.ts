import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandHandler } from '@mutualis/shared/event-sourcing';
import { Roles } from '../../lib/auth/access.decorators';
import { accepted, CommandAccepted } from '../../lib/commands/command-accepted';
import { CommandContext, commandMetadata, newResourceId } from '../../lib/commands/command-context';
import { CommandEndpoint } from '../../lib/commands/command-endpoint.decorator';
import { versionTag } from '../../lib/commands/if-match';
import { ProblemException } from '../../lib/errors/problem.exception';
import {
  AmendContractBody,
  ContractRegistered,
  ContractView,
  RegisterContractBody,
} from './sample-contract.dto';
import { SampleContractCommand, SampleContractEvent, SampleContractState } from './sample-contract.decider';

export const SAMPLE_CONTRACTS = Symbol('SampleContracts');
export type SampleContracts = CommandHandler<SampleContractCommand, SampleContractEvent, SampleContractState>;

/** The stream of a sample contract. */
export const contractStream = (contractId: string) => `sample-contract-${contractId}`;

@ApiTags('Exemple : marchés et modifications de faible montant (sample contracts)')
@Controller('consortia/:consortiumId/sample-contracts')
export class SampleContractController {
  constructor(@Inject(SAMPLE_CONTRACTS) private readonly contracts: SampleContracts) {}

  @Post()
  @Roles('coordinator')
  @CommandEndpoint('RegisterContract')
  @ApiOperation({
    summary: 'Enregistrer un marché (RegisterContract)',
    description: 'Le coordonnateur du groupement enregistre un marché notifié, avec son montant initial HT.',
  })
  @ApiCreatedResponse({ type: ContractRegistered })
  async register(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: RegisterContractBody,
    @CommandContext() context: CommandContext,
  ): Promise<ContractRegistered> {
    const contractId = newResourceId(context);
    const result = await this.contracts.handle(
      contractStream(contractId),
      { type: 'RegisterContract', consortiumId, ...body },
      commandMetadata(context, consortiumId),
    );
    return { contractId, ...accepted(result) };
  }

  @Get(':contractId')
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Consulter un marché',
    description: 'L’ETag de la réponse est la version du marché.',
  })
  @ApiOkResponse({ type: ContractView })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<ContractView> {
    const { state, version } = await this.loadInConsortium(consortiumId, contractId);
    response.setHeader('ETag', versionTag(version));
    const { title, nature, initialAmountCents, deMinimisCents } = state;
    return { contractId, consortiumId, title, nature, initialAmountCents, deMinimisCents, version };
  }

  @Post(':contractId/de-minimis-amendments')
  @Roles('coordinator')
  @CommandEndpoint('AmendDeMinimis', { ifMatch: true })
  @ApiOperation({
    summary: 'Enregistrer une modification de faible montant (AmendDeMinimis, R2194-8)',
    description:
      'Refusée (422, legalReference R2194-8) quand le cumul des modifications de faible montant atteindrait 10 % ' +
      'du montant initial pour des fournitures et services, 15 % pour des travaux (cumul selon R2194-9).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async amend(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Body() body: AmendContractBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    // The stream's consortium is checked before deciding: a contract of another consortium is "not found" here.
    await this.loadInConsortium(consortiumId, contractId);
    const result = await this.contracts.handle(
      contractStream(contractId),
      { type: 'AmendDeMinimis', ...body },
      commandMetadata(context, consortiumId),
    );
    return accepted(result);
  }

  private async loadInConsortium(consortiumId: string, contractId: string) {
    const loaded = await this.contracts.load(contractStream(contractId));
    if (!loaded.state.registered || loaded.state.consortiumId !== consortiumId) {
      throw new ProblemException('not-found', 'No such contract in this consortium.');
    }
    return loaded;
  }
}
