import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  accepted,
  AcrossConsortia,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  CurrentPrincipal,
  newResourceId,
  Principal,
  ProblemException,
  PublishedFacts,
  Roles,
} from '@mutualis/shared/api';
import { eligibilityOn } from '@mutualis/shared/contracts';
import { parisDate } from '@mutualis/procurement-rules';
import { bidsSealed, Tenders } from '../tenders';
import { BidBody, CandidatureBody, QuestionBody, RegularisedBidBody } from './candidate.dto';
import { BidReceiptView, OpenedBidView } from './bids.responses';
import { askedQuestion, bidReceipt, candidatureOf, requireSameConsortium } from './candidate-records';
import { BidAccepted, CandidatureAccepted, QuestionAccepted } from './command-answers';
import { PublicTenderView } from './public-tender.responses';
import { AskedQuestionView, CandidatureView } from './tender-acts.responses';
import { openedBid, publicView } from './tender-view';

const AT = '/tenders/{tenderId}';

@ApiTags('Candidats : consultation publique, questions, offres (candidates)')
@Controller('tenders/:tenderId')
@AcrossConsortia()
export class CandidatesController {
  constructor(
    @Inject(Tenders) private readonly tenders: Tenders,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('supplier')
  @ApiOperation({
    summary: 'Consulter une consultation publiée : lots, critères, date limite, questions et réponses',
    description: 'Rien n’en est public avant l’envoi de l’avis (404).',
  })
  @ApiOkResponse({ type: PublicTenderView })
  async read(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PublicTenderView> {
    return publicView(await this.published(tenderId, principal));
  }

  @Post('questions')
  @Roles('supplier')
  @CommandEndpoint('AskQuestion', { location: `${AT}/questions/{questionId}` })
  @ApiOperation({
    summary: 'Poser une question (AskQuestion)',
    description: 'La réponse est publiée à tous les candidats, sans le nom de qui a posé la question.',
  })
  @ApiCreatedResponse({ type: QuestionAccepted })
  async ask(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: QuestionBody,
    @CommandContext() context: CommandContext,
  ): Promise<QuestionAccepted> {
    const state = await this.published(tenderId, context.principal);
    const command = {
      type: 'AskQuestion' as const,
      questionId: newResourceId(context),
      lot: body.lot ?? null,
      text: body.text,
      now: this.clock.now().toISOString(),
    };
    const result = await this.tenders.handle(state.created!.consortiumId, tenderId, command, context);
    return { questionId: command.questionId, ...accepted(result) };
  }

  @Get('questions/:questionId')
  @Roles('supplier', 'coordinator')
  @ApiOperation({
    summary: 'Relire une question posée et sa réponse',
    description:
      'Pour le candidat qui l’a posée et le coordonnateur du groupement ; rien n’y nomme qui l’a posée. Les autres ' +
      'candidats lisent les questions et leurs réponses dans la consultation publique (404 ici).',
  })
  @ApiParam({
    name: 'questionId',
    description: 'Identifiant (UUID) de la question (questionId), donné dans la réponse à son envoi',
  })
  @ApiOkResponse({ type: AskedQuestionView })
  async question(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AskedQuestionView> {
    const state = await this.published(tenderId, principal);
    return askedQuestion(state, await this.tenders.history(tenderId), questionId, principal);
  }

  @Post('candidatures')
  @Roles('supplier')
  @CommandEndpoint('SubmitCandidature', { location: `${AT}/candidatures/{candidatureId}` })
  @ApiOperation({
    summary: 'Déposer sa candidature à une procédure en deux temps (SubmitCandidature)',
    description:
      'Procédure restreinte, avec négociation ou dialogue compétitif : avant la date limite des candidatures. ' +
      'Refusée au candidat exclu ou dont les attestations ne sont pas valables à cette date. DUME accepté.',
  })
  @ApiCreatedResponse({ type: CandidatureAccepted })
  async apply(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: CandidatureBody,
    @CommandContext() context: CommandContext,
  ): Promise<CandidatureAccepted> {
    const state = await this.published(tenderId, context.principal);
    const supplierSiret = context.principal.supplierSiret!;
    const command = {
      type: 'SubmitCandidature' as const,
      candidatureId: newResourceId(context),
      supplierSiret,
      form: body.form,
      now: this.clock.now().toISOString(),
      eligibility: eligibilityOn(await this.facts.eligibility(supplierSiret), parisDate(state.deadlineAt!)),
    };
    const result = await this.tenders.handle(state.created!.consortiumId, tenderId, command, context);
    return { candidatureId: command.candidatureId, ...accepted(result) };
  }

  @Get('candidatures/:candidatureId')
  @Roles('supplier', 'coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Relire une candidature déposée',
    description: 'Pour le candidat qui l’a déposée, et les lecteurs de la consultation dans son groupement.',
  })
  @ApiParam({
    name: 'candidatureId',
    description: 'Identifiant (UUID) de la candidature (candidatureId), donné dans la réponse à son dépôt',
  })
  @ApiOkResponse({ type: CandidatureView })
  async candidature(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('candidatureId', ParseUUIDPipe) candidatureId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CandidatureView> {
    return candidatureOf(await this.published(tenderId, principal), candidatureId, principal);
  }

  @Post('bids')
  @Roles('supplier')
  @CommandEndpoint('SubmitBid', { location: `${AT}/bids/{bidId}` })
  @ApiOperation({
    summary: 'Déposer une offre scellée (SubmitBid)',
    description:
      'Avant la date limite (heure du serveur). Refusée si le fournisseur n’est pas immatriculé ou est exclu à la ' +
      'date limite (S3) ; la déclaration sur l’honneur ou le DUME tient lieu des attestations, demandées au seul ' +
      'candidat pressenti pour l’attribution (R2143-3, R2144-4). Le contenu est chiffré avec la clé de la ' +
      'consultation : illisible jusqu’à l’ouverture des plis. Une nouvelle offre sur le même lot remplace la ' +
      'précédente.',
  })
  @ApiCreatedResponse({ type: BidAccepted })
  async submit(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: BidBody,
    @CommandContext() context: CommandContext,
  ): Promise<BidAccepted> {
    const state = await this.published(tenderId, context.principal);
    const supplierSiret = context.principal.supplierSiret!;
    const bidId = newResourceId(context);
    const { sealed, contentSha256 } = await this.tenders.seal(tenderId, {
      amountCents: body.amountCents,
      documents: body.documents,
      ...(body.note ? { note: body.note } : {}),
    });
    const eligibility = eligibilityOn(
      await this.facts.eligibility(supplierSiret),
      parisDate(state.deadlineAt!),
    );
    const command = {
      type: 'SubmitBid' as const,
      bidId,
      lot: body.lot,
      supplierSiret,
      sealed,
      contentSha256,
      declaration: body.declaration,
      operatorGrouping: body.operatorGrouping ?? 'none',
      now: this.clock.now().toISOString(),
      eligibility,
    };
    const result = await this.tenders.handle(state.created!.consortiumId, tenderId, command, context);
    return { bidId, ...accepted(result) };
  }

  @Get('bids/:bidId')
  @Roles('supplier', 'coordinator', 'auditor')
  @ApiOperation({
    summary: 'Relire une offre : son accusé de dépôt, ou son contenu après l’ouverture',
    description:
      'Le fournisseur qui l’a déposée lit son accusé de dépôt (lot, date et heure, empreinte), jamais le contenu ' +
      'scellé. Avant l’ouverture des plis, tout autre lecteur, coordonnateur compris, reçoit 409 comme pour la ' +
      'liste des offres, que l’offre existe ou non ; après, le coordonnateur et les auditeurs la lisent ouverte.',
  })
  @ApiExtraModels(BidReceiptView)
  @ApiOkResponse({
    description:
      'L’accusé de dépôt pour son fournisseur ; l’offre ouverte pour le coordonnateur et les auditeurs',
    schema: { oneOf: [{ $ref: getSchemaPath(BidReceiptView) }, { $ref: getSchemaPath(OpenedBidView) }] },
  })
  @ApiConflictResponse({
    description: 'Les offres sont scellées jusqu’à l’ouverture des plis (bids-sealed)',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  async bid(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BidReceiptView | OpenedBidView> {
    const state = await this.published(tenderId, principal);
    if (principal.role === 'supplier') {
      return bidReceipt(state, await this.tenders.history(tenderId), bidId, principal.supplierSiret!);
    }
    if (!state.opened) throw bidsSealed();
    const bid = state.bids[bidId];
    if (!bid) throw new ProblemException('not-found', 'No such bid.');
    return openedBid(this.tenders, state, bid);
  }

  @Post('bids/:bidId/withdrawal')
  @Roles('supplier')
  @CommandEndpoint('WithdrawBid')
  @ApiOperation({ summary: 'Retirer son offre avant la date limite (WithdrawBid)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async withdraw(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    const state = await this.published(tenderId, context.principal);
    const command = {
      type: 'WithdrawBid' as const,
      bidId,
      supplierSiret: context.principal.supplierSiret!,
      now: this.clock.now().toISOString(),
    };
    return accepted(await this.tenders.handle(state.created!.consortiumId, tenderId, command, context));
  }

  @Post('bids/:bidId/regularisation')
  @Roles('supplier')
  @CommandEndpoint('RegulariseBid')
  @ApiOperation({ summary: 'Régulariser son offre dans le délai fixé (RegulariseBid, R2152-2)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async regularise(
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: RegularisedBidBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    const state = await this.published(tenderId, context.principal);
    if (state.bids[bidId]?.supplierSiret !== context.principal.supplierSiret) {
      throw new ProblemException('not-found', 'No such bid of yours.');
    }
    // After the opening the original is readable: a changed lot or price is a substantial change (R2152-2).
    const original = await this.tenders.unseal(state, state.bids[bidId]!.sealed);
    const changesSubstance =
      body.lot !== state.bids[bidId]!.lot || body.amountCents !== original?.amountCents;
    const { lot: _lot, ...content } = body;
    const { sealed, contentSha256 } = await this.tenders.seal(tenderId, content);
    const command = {
      type: 'RegulariseBid' as const,
      bidId,
      sealed,
      contentSha256,
      changesSubstance,
      now: this.clock.now().toISOString(),
    };
    return accepted(await this.tenders.handle(state.created!.consortiumId, tenderId, command, context));
  }

  /**
   * A tender whose notice is out (before that, nothing of it is public: 404), for a token naming its consortium:
   * a supplier's minted for another is refused (403), the buyer side of another consortium learns nothing (404).
   */
  private async published(tenderId: string, principal: Principal) {
    const { state } = await this.tenders.load(tenderId);
    if (!state.published) throw new ProblemException('not-found', 'No such tender.');
    requireSameConsortium(principal, state);
    return state;
  }
}
