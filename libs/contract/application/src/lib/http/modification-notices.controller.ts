import { Body, Controller, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  Roles,
} from '@mutualis/shared/api';
import { Contracts } from '../contracts';
import { ModificationNoticeBody } from './modification-notice.dto';

@ApiTags('Exécution : avenants, factures, paiements, sous-traitance, pénalités (execution)')
@Controller('consortia/:consortiumId')
export class ModificationNoticesController {
  constructor(
    @Inject(Contracts) private readonly contracts: Contracts,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post('contracts/:contractId/amendments/:amendmentId/modification-notice')
  @Roles('coordinator')
  @CommandEndpoint('RecordModificationNotice')
  @ApiOperation({
    summary: 'Enregistrer la publication de l’avis de modification d’un avenant au JOUE (R2194-10)',
    description:
      'Pour un avenant qui l’exige (`joueNoticeRequired` : prestations supplémentaires ou circonstances ' +
      'imprévues, R2194-2 et R2194-5, d’un marché passé selon le régime des procédures formalisées) : sa date de ' +
      'publication et sa référence, une seule fois. Le calendrier de conformité du groupement (service d’audit) le ' +
      'montre fait, ou en retard tant qu’il ne l’est pas. Refusé pour un avenant qui n’en demande pas ' +
      '(modification-notice-not-required), déjà publié (modification-notice-recorded), ou daté avant sa ' +
      'signature ou après aujourd’hui (modification-notice-date).',
  })
  @ApiParam({
    name: 'amendmentId',
    description: 'Identifiant de l’avenant (amendmentId), rendu à sa signature',
    example: '0192f0a0-7c1e-7b1a-9d3e-2f4a5b6c7d91',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async record(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('contractId', ParseUUIDPipe) contractId: string,
    @Param('amendmentId', ParseUUIDPipe) amendmentId: string,
    @Body() body: ModificationNoticeBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    const command = {
      type: 'RecordModificationNotice' as const,
      amendmentId,
      publishedOn: body.publishedOn,
      reference: body.reference,
      recordedOn: this.clock.today(),
    };
    return accepted(await this.contracts.handleIn(consortiumId, contractId, command, context));
  }
}
