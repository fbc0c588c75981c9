import { Body, Controller, Inject, Param, ParseIntPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  Roles,
} from '@mutualis/shared/api';
import { Tenders } from '../tenders';
import { AwardNoticeBody } from './award-notice.dto';

@ApiTags('Consultations : analyse des offres et attribution (evaluation)')
@Controller('consortia/:consortiumId/tenders')
export class AwardNoticesController {
  constructor(
    @Inject(Tenders) private readonly tenders: Tenders,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post(':tenderId/lots/:lot/award-notice')
  @Roles('coordinator')
  @CommandEndpoint('RecordAwardNotice')
  @ApiOperation({
    summary: 'Enregistrer la publication de l’avis d’attribution d’un lot (RecordAwardNotice, T15, R2183-1)',
    description:
      'Une fois le marché du lot signé, sa date de publication et sa référence (BOAMP, JOUE), une seule fois. Dû ' +
      'dans les 30 jours qui suivent la signature pour un marché à partir du seuil européen : le calendrier de ' +
      'conformité du groupement (service d’audit) le montre fait, ou en retard tant qu’il ne l’est pas. Refusé ' +
      'pour un lot non signé (lot-not-signed), déjà publié (award-notice-recorded), ou daté avant la signature ou ' +
      'après aujourd’hui (award-notice-date).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async record(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: AwardNoticeBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    return accepted(
      await this.tenders.handle(
        consortiumId,
        tenderId,
        {
          type: 'RecordAwardNotice',
          lot,
          publishedOn: body.publishedOn,
          reference: body.reference,
          recordedOn: this.clock.today(),
        },
        context,
      ),
    );
  }
}
