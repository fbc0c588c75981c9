import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  AcrossConsortia,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  correlationIdOf,
  CurrentPrincipal,
  HttpRequest,
  newResourceId,
  OptionalDateQuery,
  OptionalInstantQuery,
  PersonalDataReadView,
  Principal,
  ProblemException,
  Roles,
  versionTag,
} from '@mutualis/shared/api';
import { parisDate } from '@mutualis/procurement-rules';
import { costShares } from '@mutualis/membership/domain';
import { Consortia } from '../consortia';
import { consortiumView, membersView } from './consortium-view';
import { ConsortiumFormedAccepted, ConsortiumView } from './consortium.responses';
import { HistoryEntryView } from './history.responses';
import { CaoBody, FormConsortiumBody, LaunchBody } from './membership.dto';
import { CaoView, CostSharesView, MembersView } from './members.responses';
import { AS_OF_QUERY, ON_QUERY } from './reading-dates';

/** Who reads a groupement: its people, its auditors, and the platform that created it and onboards its communes. */
const READERS = ['platform-admin', 'coordinator', 'member-buyer', 'auditor'] as const;

@ApiTags('Groupements et centrales d’achat (consortia)')
@Controller('consortia')
export class ConsortiaController {
  constructor(
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('platform-admin')
  @AcrossConsortia()
  @CommandEndpoint('FormConsortium', { location: '/consortia/{consortiumId}' })
  @ApiOperation({
    summary: 'Constituer un groupement de commandes ou une centrale d’achat (FormConsortium)',
    description:
      'Enregistre la convention constitutive (clauses d’adhésion et de retrait, répartition des frais, CAO) et le ' +
      'coordonnateur, membre dès l’entrée en vigueur. Réservé à l’administrateur de la plateforme régionale.',
  })
  @ApiCreatedResponse({ type: ConsortiumFormedAccepted })
  async form(
    @Body() body: FormConsortiumBody,
    @CommandContext() context: CommandContext,
  ): Promise<ConsortiumFormedAccepted> {
    const consortiumId = newResourceId(context);
    const result = await this.consortia.handle(
      consortiumId,
      {
        type: 'FormConsortium',
        consortiumId,
        ...body,
        coordinatorDeliberation: body.coordinatorDeliberation ?? null,
      },
      context,
    );
    return { consortiumId, ...accepted(result) };
  }

  @Get(':consortiumId')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Consulter un groupement, à une date (on) ou tel qu’enregistré à un instant (asOf)',
    description:
      '`on` : date à laquelle on lit l’appartenance des membres ; `asOf` : état tel que connu alors.',
  })
  @ApiQuery(ON_QUERY)
  @ApiQuery(AS_OF_QUERY)
  @ApiOkResponse({ type: ConsortiumView })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('on', new OptionalDateQuery('on')) on: string | undefined,
    @Query('asOf', OptionalInstantQuery) asOf: string | undefined,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<ConsortiumView> {
    const { state, version } = await this.consortia.load(consortiumId, asOf);
    response.setHeader('ETag', versionTag(version));
    return consortiumView(state, version, on ?? (asOf ? parisDate(asOf) : this.clock.today()));
  }

  @Get(':consortiumId/cao')
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'La commission d’appel d’offres : composition et représentants (CGCT L1414-3)',
    description:
      'Les noms sont déchiffrés pour le coordonnateur et l’auditeur de ce groupement seulement (aucun rôle ' +
      'd’un autre groupement), et chaque lecture est journalisée (qui, de qui, pourquoi ; voir ' +
      '…/cao/personal-data-reads) ; un représentant dont les données ont été effacées (RGPD art. 17) apparaît ' +
      'sans nom, marqué effacé.',
  })
  @ApiOkResponse({ type: CaoView })
  async cao(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
  ): Promise<CaoView> {
    const { state } = await this.consortia.load(consortiumId);
    if (!state.cao) throw new ProblemException('not-found', 'No CAO has been composed for this consortium.');
    const persons = [state.cao.chair, ...state.cao.members].map((person) => person.personId);
    await this.consortia.logCaoRead(consortiumId, persons, {
      principal,
      route: 'GET /consortia/{consortiumId}/cao',
      correlationId: correlationIdOf(request),
    });
    const reveal = async (person: { siret: string; personId: string; sealed: string }) => {
      const name = await this.consortia.revealName(person.personId, person.sealed);
      return {
        siret: person.siret,
        personId: person.personId,
        ...(name ? { name } : {}),
        erased: name === null,
      };
    };
    const { composedOn, composition, chair, members } = state.cao;
    return {
      composedOn,
      composition,
      chair: await reveal(chair),
      members: await Promise.all(members.map(reveal)),
    };
  }

  @Get(':consortiumId/cao/personal-data-reads')
  @Roles('coordinator', 'auditor')
  @ApiOperation({
    summary: 'Qui a lu les noms des représentants à la commission d’appel d’offres (personal-data-reads)',
    description:
      'Le journal des lectures en clair des données personnelles du groupement, inscrit avant chaque ' +
      'déchiffrement : qui (utilisateur, rôle), de qui (les personnes), pourquoi (la route), quand. En ajout seul ; ' +
      'les 500 premières lectures.',
  })
  @ApiOkResponse({
    type: [PersonalDataReadView],
    description: 'Les lectures, de la plus ancienne à la plus récente',
  })
  async caoReads(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
  ): Promise<PersonalDataReadView[]> {
    await this.consortia.load(consortiumId);
    return this.consortia.personalDataReads(consortiumId);
  }

  @Get(':consortiumId/members')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Liste des membres à une date (members)',
    description:
      'Les membres qui avaient signé la convention et ne s’étaient pas retirés à la date `on` (aujourd’hui par défaut).',
  })
  @ApiQuery(ON_QUERY)
  @ApiQuery(AS_OF_QUERY)
  @ApiOkResponse({ type: MembersView })
  async members(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('on', new OptionalDateQuery('on')) on: string | undefined,
    @Query('asOf', OptionalInstantQuery) asOf: string | undefined,
  ): Promise<MembersView> {
    const { state } = await this.consortia.load(consortiumId, asOf);
    return membersView(state, on ?? (asOf ? parisDate(asOf) : this.clock.today()));
  }

  @Get(':consortiumId/history')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Historique du groupement : chaque acte, quand, par qui, avec son empreinte',
    description:
      'Les événements du groupement dans l’ordre, de sa constitution au dernier acte ; les noms des membres de la ' +
      'CAO y restent chiffrés.',
  })
  @ApiOkResponse({ type: [HistoryEntryView] })
  async history(@Param('consortiumId', ParseUUIDPipe) consortiumId: string): Promise<HistoryEntryView[]> {
    const events = await this.consortia.history(consortiumId);
    return events.map(({ id, type, streamVersion, occurredAt, recordedAt, actor, data, contentHash }) => ({
      id,
      type,
      version: streamVersion,
      occurredAt,
      recordedAt,
      actor,
      data: data as HistoryEntryView['data'],
      contentHash,
    }));
  }

  @Get(':consortiumId/cost-shares')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Répartition d’un montant de frais entre les membres à une date (cost-shares)',
    description:
      'Selon la règle de la convention : par tranche de population, au prorata des besoins d’un recensement ' +
      '(`censusId`), ou à parts égales. Les centimes sont répartis au plus fort reste : la somme est exacte.',
  })
  @ApiQuery({
    name: 'amountCents',
    description:
      'Montant des frais à répartir, en centimes d’euro (entier positif ou nul), HT ou TTC selon les frais',
    schema: { type: 'integer', minimum: 0, example: 1_000_000 },
  })
  @ApiQuery({
    ...ON_QUERY,
    description: 'Date dont les membres se partagent les frais (AAAA-MM-JJ) ; aujourd’hui par défaut',
  })
  @ApiQuery({
    name: 'censusId',
    required: false,
    description:
      'Recensement dont les besoins déclarés font l’assiette de la répartition : requis pour la règle au prorata ' +
      'des besoins (needs-share), sans effet pour les autres règles',
    schema: { type: 'string', format: 'uuid', example: '0190c6a4-7c1e-7000-8000-0000000000d4' },
  })
  @ApiOkResponse({ type: CostSharesView })
  async costShares(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('amountCents') amount: string | undefined,
    @Query('on', new OptionalDateQuery('on')) on: string | undefined,
    @Query('censusId', new ParseUUIDPipe({ optional: true })) censusId: string | undefined,
  ): Promise<CostSharesView> {
    if (!amount || !/^\d{1,15}$/.test(amount)) {
      throw new ProblemException('validation-failed', 'amountCents must be a whole number of cents.', {
        errors: [{ field: 'amountCents', message: 'must be a non-negative integer' }],
      });
    }
    const { state } = await this.consortia.load(consortiumId);
    const needs = censusId ? await this.needsOf(consortiumId, censusId) : {};
    const date = on ?? this.clock.today();
    return { on: date, amountCents: Number(amount), shares: costShares(state, date, Number(amount), needs) };
  }

  @Post(':consortiumId/procedure-launches')
  @Roles('coordinator')
  @CommandEndpoint('RecordProcedureLaunch')
  @ApiOperation({
    summary: 'Déclarer le lancement d’une procédure (RecordProcedureLaunch)',
    description:
      'Refusé si la convention n’est pas en vigueur, ou pas signée par les membres, strictement avant la date de ' +
      'lancement : le jour même est trop tard (L2113-7 ; règle M1). Les bénéficiaires sont les membres mandants ' +
      'que nomme la déclaration (ceux dont la procédure couvre les besoins), à défaut tous les membres ayant signé ' +
      'avant le lancement ; ils sont seuls solidairement responsables des opérations confiées au coordonnateur ' +
      '(L2113-7 ; règle M5), ce que ne sont pas les membres d’une centrale d’achat (L2113-4). Un membre arrivé ' +
      'ensuite n’en bénéficie pas (M3) ; un groupement ponctuel est ensuite figé.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async launch(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: LaunchBody,
    @CommandContext() context: CommandContext,
  ) {
    if (body.launchedOn > this.clock.today()) {
      throw new ProblemException('validation-failed', 'launchedOn cannot be a future date.', {
        errors: [{ field: 'launchedOn', message: 'must not be after today' }],
      });
    }
    await this.consortia.load(consortiumId);
    return accepted(
      await this.consortia.handle(consortiumId, { type: 'RecordProcedureLaunch', ...body }, context),
    );
  }

  @Post(':consortiumId/cao')
  @Roles('coordinator')
  @CommandEndpoint('ComposeCao')
  @ApiOperation({
    summary: 'Composer la commission d’appel d’offres (ComposeCao, CGCT L1414-3)',
    description:
      'Groupement composé majoritairement de collectivités : un élu par membre, présidée par le représentant du ' +
      'coordonnateur, sauf si la convention désigne la CAO du coordonnateur (règle M6). Les noms sont chiffrés.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async composeCao(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: CaoBody,
    @CommandContext() context: CommandContext,
  ) {
    await this.consortia.load(consortiumId);
    const chair = await this.consortia.sealPerson(body.chair.siret, body.chair.name);
    const members = await Promise.all(
      body.members.map((member) => this.consortia.sealPerson(member.siret, member.name)),
    );
    const command = {
      type: 'ComposeCao' as const,
      composedOn: body.composedOn,
      composition: body.composition,
      chair,
      members,
    };
    return accepted(await this.consortia.handle(consortiumId, command, context));
  }

  @Post(':consortiumId/cao/persons/:personId/erasure')
  @Roles('coordinator')
  @CommandEndpoint('ErasePerson')
  @ApiOperation({
    summary: 'Effacer les données personnelles d’un membre de la CAO (ErasePerson, RGPD art. 17)',
    description:
      'La clé propre à la personne est détruite : son nom, scellé dans les événements, devient illisible ' +
      'partout (services, Kafka, registre d’audit, exports), tandis que la composition de la CAO, les empreintes ' +
      'et les scellements restent vérifiables. L’effacement est inscrit dans l’historique du groupement ; le ' +
      'refaire n’inscrit rien de plus. Une personne inconnue du groupement est refusée (422, unknown-person).',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async erasePerson(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @CommandContext() context: CommandContext,
  ) {
    await this.consortia.load(consortiumId);
    return accepted(await this.consortia.erasePerson(consortiumId, personId, this.clock.today(), context));
  }

  private async needsOf(consortiumId: string, censusId: string): Promise<Record<string, number>> {
    const { state } = await this.consortia.loadCensus(consortiumId, censusId);
    return Object.fromEntries(
      Object.values(state.needs).map((submitted) => [
        submitted.memberSiret,
        submitted.needs.reduce((sum, need) => sum + need.annualCents + need.optionsAnnualCents, 0),
      ]),
    );
  }
}
