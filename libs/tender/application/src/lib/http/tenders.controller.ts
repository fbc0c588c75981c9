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
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  newResourceId,
  OptionalInstantQuery,
  ProblemException,
  PublishedFacts,
  Roles,
  versionTag,
} from '@mutualis/shared/api';
import { DEFAULT_TIE_BREAK, MembershipFacts, membersOn } from '@mutualis/shared/contracts';
import { Tenders } from '../tenders';
import { AmendmentBody, AnswerBody, ExtensionBody, InvitationBody, PublishBody } from './consultation.dto';
import { ChooseProcedureBody, CreateTenderBody, CriteriaBody } from './tender.dto';
import { OpenedBidView } from './bids.responses';
import { NoticeAmendedAnswer, TenderCreatedAnswer } from './command-answers';
import { CREATE_TENDER_EXAMPLES, PROCEDURE_EXAMPLES } from './tender-body-examples';
import { AS_OF } from './tender-queries';
import { TenderView } from './tender.responses';
import { openedBid, tenderView } from './tender-view';

const TENDER = ':tenderId';

@ApiTags('Consultations : préparation, publication, ouverture (tenders)')
@Controller('consortia/:consortiumId/tenders')
export class TendersController {
  constructor(
    @Inject(Tenders) private readonly tenders: Tenders,
    @Inject(PublishedFacts) private readonly facts: PublishedFacts,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('coordinator')
  @CommandEndpoint('CreateTender', { location: '/consortia/{consortiumId}/tenders/{tenderId}' })
  @ApiOperation({
    summary: 'Créer une consultation (CreateTender)',
    description:
      'Lots et valeurs estimées (la valeur de l’opération est leur somme, reconductions annoncées comprises, T1), ' +
      'bénéficiaires (membres du jour par défaut), accord-cadre avec maximum et durée totale (T8), motif de ' +
      'non-allotissement pour un lot unique (T9), reconductions (C9), lieu et clauses d’exécution.',
  })
  @ApiBody({ type: CreateTenderBody, examples: CREATE_TENDER_EXAMPLES })
  @ApiCreatedResponse({ type: TenderCreatedAnswer })
  async create(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: CreateTenderBody,
    @CommandContext() context: CommandContext,
  ): Promise<TenderCreatedAnswer> {
    const tenderId = newResourceId(context);
    const membership = await this.facts.membership(consortiumId);
    const census = body.censusId ? await this.facts.closedCensus(body.censusId) : null;
    const beneficiaries =
      body.beneficiaries ?? census?.beneficiaries ?? membersOn(membership, this.clock.today());
    const buyer = body.buyer ?? buyerCategoryOf(membership, beneficiaries);
    const tender = {
      tenderId,
      consortiumId,
      object: body.object,
      cpvCode: body.cpvCode,
      nature: body.nature,
      buyer,
      lots: body.lots.map(({ number, title, estimatedCents, smallLotMapa, turnoverRequirementCents }) => ({
        number,
        title,
        estimatedCents,
        smallLotMapa: smallLotMapa ?? false,
        ...(turnoverRequirementCents === undefined ? {} : { turnoverRequirementCents }),
      })),
      beneficiaries,
      censusId: body.censusId ?? null,
      framework: body.framework
        ? { ...body.framework, justification: body.framework.justification ?? null }
        : null,
      nonAllotment: body.nonAllotment ?? null,
      turnoverRequirementCents: body.turnoverRequirementCents ?? null,
      innovative: body.innovative ?? false,
      // Recorded even when defaulted: the rule is stated before the notice, and the history says which it was.
      tieBreak: body.tieBreak ?? DEFAULT_TIE_BREAK,
      specificServicesCategory: body.specificServicesCategory ?? null,
      reconductions: body.reconductions
        ? { ...body.reconductions, tacit: body.reconductions.tacit ?? true }
        : null,
      placeOfExecution: body.placeOfExecution ? { ...body.placeOfExecution } : null,
      executionClauses: {
        socialClause: body.executionClauses?.socialClause ?? false,
        reservedContract: body.executionClauses?.reservedContract ?? false,
        environmentalClause: body.executionClauses?.environmentalClause ?? false,
      },
    };
    const result = await this.tenders.handle(
      consortiumId,
      tenderId,
      { type: 'CreateTender', tender, census },
      context,
    );
    return { tenderId, ...accepted(result) };
  }

  @Get(TENDER)
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Consulter une consultation, ou telle qu’enregistrée à un instant (asOf)',
    description: 'Le contenu des offres reste scellé jusqu’à l’ouverture.',
  })
  @ApiQuery(AS_OF)
  @ApiOkResponse({
    type: TenderView,
    headers: {
      ETag: {
        description: 'Version de la consultation, à renvoyer dans If-Match',
        schema: { type: 'string', example: '"7"' },
      },
    },
  })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Query('asOf', OptionalInstantQuery) asOf: string | undefined,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<TenderView> {
    const { state, version } = await this.tenders.load(tenderId, consortiumId, asOf);
    response.setHeader('ETag', versionTag(version));
    return tenderView(state, version);
  }

  @Get(`${TENDER}/bids`)
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'Contenu des offres (après ouverture seulement)',
    description: 'Avant l’ouverture : 409, les offres sont scellées.',
  })
  @ApiOkResponse({ type: [OpenedBidView], description: 'Les offres en vigueur et leur contenu ouvert' })
  @ApiConflictResponse({
    description: 'Les offres sont scellées jusqu’à l’ouverture des plis (bids-sealed)',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  async bids(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
  ): Promise<OpenedBidView[]> {
    const { state } = await this.tenders.load(tenderId, consortiumId);
    return Promise.all(Object.values(state.bids).map((bid) => openedBid(this.tenders, state, bid)));
  }

  @Post(`${TENDER}/procedure`)
  @Roles('coordinator')
  @CommandEndpoint('ChooseProcedure')
  @ApiOperation({
    summary: 'Choisir la procédure (ChooseProcedure)',
    description:
      'Vérifiée selon les seuils en vigueur à la date de lancement prévue : procédure formalisée au-delà du seuil ' +
      'européen (T2), dispense sous les seuils de R2122-8 (T3), cas de R2124-3 pour la négociation (T7).',
  })
  @ApiBody({ type: ChooseProcedureBody, examples: PROCEDURE_EXAMPLES })
  @ApiCreatedResponse({ type: CommandAccepted })
  async chooseProcedure(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: ChooseProcedureBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    const command = {
      type: 'ChooseProcedure' as const,
      procedure: body.procedure,
      negotiationGround: body.negotiationGround ?? null,
      plannedLaunchOn: body.plannedLaunchOn,
    };
    return accepted(await this.tenders.handle(consortiumId, tenderId, command, context));
  }

  @Post(`${TENDER}/lots/:lot/criteria`)
  @Roles('coordinator')
  @CommandEndpoint('SetCriteria')
  @ApiOperation({
    summary: 'Fixer les critères d’attribution d’un lot (SetCriteria)',
    description: 'Vérifiés à la publication (T10).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async setCriteria(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Param('lot', ParseIntPipe) lot: number,
    @Body() body: CriteriaBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    const criteria = body.criteria.map((criterion) => ({
      ...criterion,
      environmental: criterion.environmental ?? criterion.kind === 'environmental',
    }));
    return accepted(
      await this.tenders.handle(consortiumId, tenderId, { type: 'SetCriteria', lot, criteria }, context),
    );
  }

  @Post(`${TENDER}/publication`)
  @Roles('coordinator')
  @CommandEndpoint('PublishTender')
  @ApiOperation({
    summary: 'Envoyer l’avis de publicité : lancement (PublishTender)',
    description:
      'Aujourd’hui est la date de lancement : convention en vigueur et bénéficiaires membres (M1, M3), procédure et ' +
      'publicité (T2–T5), petits lots (T4), délai minimal de remise des offres (T6), critères (T10) et chiffre ' +
      'd’affaires exigé (T11) sont vérifiés selon les règles en vigueur ce jour-là.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async publish(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: PublishBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    const command = {
      type: 'PublishTender' as const,
      membership: await this.facts.membership(consortiumId),
      noticeSentOn: this.clock.today(),
      deadlineAt: new Date(body.deadlineAt).toISOString(),
      electronic: body.electronic,
      pin: body.pin,
      urgency: body.urgency,
    };
    return accepted(await this.tenders.handle(consortiumId, tenderId, command, context));
  }

  @Post(`${TENDER}/invitations`)
  @Roles('coordinator')
  @CommandEndpoint('InviteToTender')
  @ApiOperation({
    summary: 'Inviter les candidats sélectionnés à remettre une offre (InviteToTender)',
    description:
      'Après la date limite des candidatures. Délai des offres compté de l’envoi de l’invitation : 30 jours, 25 par ' +
      'voie électronique, 10 après un avis de préinformation ou en urgence (R2161-7, R2161-8, R2161-15).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async invite(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: InvitationBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    const command = {
      type: 'InviteToTender' as const,
      suppliers: body.suppliers,
      sentOn: this.clock.today(),
      offersDeadlineAt: new Date(body.offersDeadlineAt).toISOString(),
      electronic: body.electronic,
      now: this.clock.now().toISOString(),
    };
    return accepted(await this.tenders.handle(consortiumId, tenderId, command, context));
  }

  @Post(`${TENDER}/answers`)
  @Roles('coordinator')
  @CommandEndpoint('AnswerQuestion')
  @ApiOperation({ summary: 'Répondre à une question, pour tous les candidats (AnswerQuestion)' })
  @ApiCreatedResponse({ type: CommandAccepted })
  async answer(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: AnswerBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    return accepted(
      await this.tenders.handle(consortiumId, tenderId, { type: 'AnswerQuestion', ...body }, context),
    );
  }

  @Post(`${TENDER}/deadline-extensions`)
  @Roles('coordinator')
  @CommandEndpoint('ExtendDeadline')
  @ApiOperation({
    summary: 'Reporter la date limite (ExtendDeadline)',
    description: 'Avant qu’elle soit passée, et seulement vers plus tard.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async extend(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: ExtensionBody,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    const command = {
      type: 'ExtendDeadline' as const,
      deadlineAt: new Date(body.deadlineAt).toISOString(),
      reason: body.reason,
      now: this.clock.now().toISOString(),
    };
    return accepted(await this.tenders.handle(consortiumId, tenderId, command, context));
  }

  @Post(`${TENDER}/amendments`)
  @Roles('coordinator')
  @CommandEndpoint('AmendNotice', {
    location: '/consortia/{consortiumId}/tenders/{tenderId}/amendments/{amendmentId}',
  })
  @ApiOperation({ summary: 'Publier un avis rectificatif (AmendNotice)' })
  @ApiCreatedResponse({ type: NoticeAmendedAnswer })
  async amend(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @Body() body: AmendmentBody,
    @CommandContext() context: CommandContext,
  ): Promise<NoticeAmendedAnswer> {
    await this.tenders.load(tenderId, consortiumId);
    const command = {
      type: 'AmendNotice' as const,
      amendmentId: newResourceId(context),
      sentOn: this.clock.today(),
      summary: body.summary,
      now: this.clock.now().toISOString(),
    };
    const result = await this.tenders.handle(consortiumId, tenderId, command, context);
    return { amendmentId: command.amendmentId, ...accepted(result) };
  }

  @Post(`${TENDER}/opening`)
  @Roles('coordinator')
  @CommandEndpoint('OpenBids')
  @ApiOperation({
    summary: 'Ouvrir les plis (OpenBids)',
    description: 'Après la date limite seulement ; l’événement enregistre qui et quand.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async open(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.tenders.load(tenderId, consortiumId);
    const command = {
      type: 'OpenBids' as const,
      now: this.clock.now().toISOString(),
      openedBy: context.principal.userId,
    };
    return accepted(await this.tenders.handle(consortiumId, tenderId, command, context));
  }
}

/**
 * The EU thresholds' buyer category of a groupement whose beneficiaries are all collectivités territoriales or
 * their groupings: sub-central. Any other beneficiary (a hospital, the State…) leaves the choice to be declared.
 */
function buyerCategoryOf(membership: MembershipFacts, beneficiaries: string[]): 'sub-central' {
  const local = ['commune', 'epci', 'departement', 'region'];
  const others = beneficiaries.filter(
    (siret) => !local.includes(membership.members[siret]?.authority.kind ?? ''),
  );
  if (beneficiaries.length === 0 || others.length > 0) {
    throw new ProblemException(
      'validation-failed',
      'The buyer category must be declared for these beneficiaries.',
      {
        errors: [
          {
            field: 'buyer',
            message: `not derivable: ${others.join(', ') || 'no beneficiary'} is not a collectivité`,
          },
        ],
      },
    );
  }
  return 'sub-central';
}
