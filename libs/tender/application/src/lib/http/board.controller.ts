import { Controller, Get, Inject, Param, ParseIntPipe, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ContextRuntime, OptionalInstantQuery, ProblemException, Roles } from '@mutualis/shared/api';
import { EventEnvelope, NoticeAmended } from '@mutualis/shared/contracts';
import { TENDER_STAGES, TenderBoard, TenderStage } from '../board/tender-board';
import { Tenders } from '../tenders';
import { TenderBoardPage, TenderEventView, TenderHistory } from './board.responses';
import { eventOf } from './recorded-event';
import { AmendmentView } from './tender-acts.responses';
import { AS_OF } from './tender-queries';

/** The events that tell who bid, and with what, until the bids are opened. */
const BID_EVENTS = ['tender.BidSubmitted', 'tender.BidWithdrawn'];

@ApiTags('Consultations : tableau et historique (board)')
@Controller('consortia/:consortiumId/tenders')
export class BoardController {
  constructor(
    @Inject(TenderBoard) private readonly board: TenderBoard,
    @Inject(Tenders) private readonly tenders: Tenders,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
  ) {}

  @Get()
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Le tableau des consultations du groupement',
    description:
      'Étape (draft, published, opened, decided), procédure, date d’envoi de l’avis, date limite, ouverture, lots ' +
      'signés ou clos. `minPosition` attend que le tableau reflète une écriture.',
  })
  @ApiQuery({
    name: 'stage',
    required: false,
    enum: TENDER_STAGES,
    description: 'Ne lister que les consultations à cette étape ; par défaut, toutes',
  })
  @ApiQuery({
    name: 'minPosition',
    required: false,
    type: Number,
    description:
      'Position globale (entier) qu’a rendue une commande : le tableau attend d’avoir traité les écritures du ' +
      'service avant de répondre ; par défaut, il répond tel qu’il est',
    example: 1042,
  })
  @ApiOkResponse({ type: TenderBoardPage })
  async list(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('stage') stage?: string,
    @Query('minPosition', new ParseIntPipe({ optional: true })) minPosition?: number,
  ): Promise<TenderBoardPage> {
    if (stage !== undefined && !TENDER_STAGES.includes(stage as TenderStage)) {
      throw new ProblemException('validation-failed', `Unknown stage ${stage}.`, {
        errors: [{ field: 'stage', message: `one of ${TENDER_STAGES.join(', ')}` }],
      });
    }
    if (minPosition !== undefined) await this.runtime.readModelsCaughtUp();
    return { tenders: await this.board.tenders(consortiumId, stage as TenderStage | undefined) };
  }

  @Get(':tenderId/history')
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'L’historique de la consultation : chaque acte, qui, quand',
    description:
      'Complet après l’ouverture des plis. Avant, les dépôts et retraits d’offres n’y figurent que par leur date : ' +
      'qui a déposé, et quoi, reste scellé.',
  })
  @ApiQuery(AS_OF)
  @ApiOkResponse({ type: TenderHistory })
  async history(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Query('asOf', OptionalInstantQuery) asOf: string | undefined,
  ): Promise<TenderHistory> {
    const { state } = await this.tenders.load(tenderId, consortiumId, asOf);
    const events = await this.tenders.history(tenderId, asOf);
    return { events: state.opened ? events : events.map(sealedUntilOpening) };
  }

  @Get(':tenderId/amendments/:amendmentId')
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'Un avis rectificatif publié : sa date d’envoi et ce qu’il corrige',
    description: 'Lu dans l’historique de la consultation, par les mêmes lecteurs.',
  })
  @ApiParam({
    name: 'amendmentId',
    description:
      'Identifiant (UUID) de l’avis rectificatif (amendmentId), donné dans la réponse à sa publication',
  })
  @ApiOkResponse({ type: AmendmentView })
  async amendment(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('amendmentId', ParseUUIDPipe) amendmentId: string,
  ): Promise<AmendmentView> {
    await this.tenders.load(tenderId, consortiumId);
    const amended = eventOf<NoticeAmended>(
      await this.tenders.history(tenderId),
      'tender.NoticeAmended',
      (data) => data.amendmentId === amendmentId,
    );
    if (!amended) throw new ProblemException('not-found', 'No such amendment of this tender.');
    return amended.data;
  }
}

/** A bid event before the opening: its place and date in the history, not who bid nor what. */
function sealedUntilOpening(event: EventEnvelope): TenderEventView {
  if (!BID_EVENTS.includes(event.type)) return event;
  const { data: _data, actor: _actor, ...rest } = event;
  return rest;
}
