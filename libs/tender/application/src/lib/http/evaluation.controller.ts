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
import { TenderCommand } from '@mutualis/tender/domain';
import { Tenders } from '../tenders';
import {
  AssessmentBody,
  ClosureBody,
  IrregularityBody,
  NoticesBody,
  RegularisationRequestBody,
  RejectionBody,
  ScoresBody,
  TieDrawingBody,
} from './evaluation.dto';

const BID = ':tenderId/bids/:bidId';
const LOT = ':tenderId/lots/:lot';

@ApiTags('Consultations : analyse des offres et attribution (evaluation)')
@Controller('consortia/:consortiumId/tenders')
export class EvaluationController {
  constructor(
    @Inject(Tenders) private readonly tenders: Tenders,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post(`${BID}/scores`)
  @Roles('coordinator')
  @CommandEndpoint('ScoreBid')
  @ApiOperation({ summary: 'Noter une offre sur chaque critère de son lot (ScoreBid)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  score(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: ScoresBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(c, t, { type: 'ScoreBid', bidId, scores: body.scores }, context);
  }

  @Post(`${BID}/explanation-requests`)
  @Roles('coordinator')
  @CommandEndpoint('RequestExplanation')
  @ApiOperation({
    summary: 'Demander des précisions sur une offre paraissant anormalement basse (R2152-3, T12)',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  requestExplanation(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(c, t, { type: 'RequestExplanation', bidId, requestedOn: this.clock.today() }, context);
  }

  @Post(`${BID}/explanation-assessments`)
  @Roles('coordinator')
  @CommandEndpoint('AssessExplanation')
  @ApiOperation({ summary: 'Apprécier les précisions reçues (AssessExplanation)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  assess(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: AssessmentBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(c, t, { type: 'AssessExplanation', bidId, ...body }, context);
  }

  @Post(`${BID}/irregularities`)
  @Roles('coordinator')
  @CommandEndpoint('FindIrregular')
  @ApiOperation({
    summary: 'Constater qu’une offre est irrégulière, inacceptable ou inappropriée (L2152-2 à L2152-4)',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  irregular(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: IrregularityBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(c, t, { type: 'FindIrregular', bidId, ...body }, context);
  }

  @Post(`${BID}/rejections`)
  @Roles('coordinator')
  @CommandEndpoint('RejectBid')
  @ApiOperation({
    summary: 'Écarter une offre (RejectBid)',
    description:
      'Anormalement basse : seulement après demande et appréciation des précisions (R2152-4, T12).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  reject(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: RejectionBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(c, t, { type: 'RejectBid', bidId, reason: body.reason }, context);
  }

  @Post(`${LOT}/regularisation-requests`)
  @Roles('coordinator')
  @CommandEndpoint('RequestRegularisation')
  @ApiOperation({
    summary: 'Inviter à régulariser les offres irrégulières du lot (R2152-2, T13)',
    description:
      'Tous les soumissionnaires dont l’offre est irrégulière et non anormalement basse, un même délai : y compris ' +
      'celle dont les précisions demandées ont été jugées justifiées ; refusé tant que des précisions demandées à ' +
      'une offre irrégulière ne sont pas appréciées (règle explanation-not-assessed).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  requestRegularisation(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: RegularisationRequestBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(
      c,
      t,
      { type: 'RequestRegularisation', lot, deadlineAt: new Date(body.deadlineAt).toISOString() },
      context,
    );
  }

  @Post(`${LOT}/tie-drawings`)
  @Roles('coordinator')
  @CommandEndpoint('RecordTieDrawing')
  @ApiOperation({
    summary: 'Enregistrer le tirage au sort entre offres à égalité (RecordTieDrawing, L3)',
    description:
      'Quand des offres restent à égalité après la règle de départage que la consultation a fixée (tieBreak), ' +
      'l’attribution attend le tirage au sort : qui l’a fait, à la date du jour, et l’ordre tiré. Refusé pour des ' +
      'offres qui ne sont pas à égalité (règle offers-not-tied).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  drawTie(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: TieDrawingBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    const command: TenderCommand = {
      type: 'RecordTieDrawing',
      lot,
      bidIds: body.bidIds,
      drawnBy: body.drawnBy,
      drawnOn: this.clock.today(),
    };
    return this.run(c, t, command, context);
  }

  @Post(`${LOT}/rejection-notices`)
  @Roles('coordinator')
  @CommandEndpoint('SendRejectionNotices')
  @ApiOperation({
    summary: 'Notifier le rejet aux autres candidats : ouvre le délai de suspension (R2182-1, T14)',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  notices(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: NoticesBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(
      c,
      t,
      { type: 'SendRejectionNotices', lot, sentOn: this.clock.today(), electronic: body.electronic },
      context,
    );
  }

  @Post(`${LOT}/closure`)
  @Roles('coordinator')
  @CommandEndpoint('CloseLotWithoutAward')
  @ApiOperation({ summary: 'Déclarer le lot infructueux ou sans suite (CloseLotWithoutAward)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  close(
    @Param('consortiumId', ParseUUIDPipe) c: string,
    @Param('tenderId', ParseUUIDPipe) t: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: ClosureBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.run(c, t, { type: 'CloseLotWithoutAward', lot, ...body }, context);
  }

  private async run(
    consortiumId: string,
    tenderId: string,
    command: TenderCommand,
    context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    return accepted(await this.tenders.handle(consortiumId, tenderId, command, context));
  }
}
