import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  accepted,
  Clock,
  CommandAccepted,
  CommandContext,
  CommandEndpoint,
  ContextRuntime,
  newResourceId,
  Roles,
  SiretParam,
  versionTag,
} from '@mutualis/shared/api';
import { CensusRegister } from '../censuses/census-register';
import { Consortia } from '../consortia';
import { CensusListPage, CensusListQueryParams } from './census-list.dto';
import { NeedsBody, OpenCensusBody } from './census.dto';
import { CensusOpenedAccepted, CensusView } from './census.responses';

const DEFAULT_PAGE = 50;

@ApiTags('Recensement des besoins (censuses)')
@Controller('consortia/:consortiumId/censuses')
export class CensusesController {
  constructor(
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(CensusRegister) private readonly register: CensusRegister,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
  ) {}

  @Get()
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Lister les recensements des besoins du groupement',
    description:
      'Du plus récent au plus ancien : objet, code CPV, lots, date d’ouverture, nombre de collectivités qui ont ' +
      'répondu, et pour un recensement clos sa date de clôture et sa valeur estimée totale HT (T1). Filtre ' +
      '`state` (ouverts ou clos) ; par pages de `limit` (50 par défaut) ; `next` donne l’`offset` de la page ' +
      'suivante.',
  })
  @ApiOkResponse({ type: CensusListPage })
  async list(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query() query: CensusListQueryParams,
  ): Promise<CensusListPage> {
    if (query.minPosition !== undefined) await this.runtime.readModelsCaughtUp();
    const limit = query.limit ?? DEFAULT_PAGE;
    const offset = query.offset ?? 0;
    const { censuses, total } = await this.register.list({ consortiumId, state: query.state, limit, offset });
    return { censuses, total, next: offset + censuses.length < total ? offset + censuses.length : null };
  }

  @Post()
  @Roles('coordinator')
  @CommandEndpoint('OpenCensus', { location: '/consortia/{consortiumId}/censuses/{censusId}' })
  @ApiOperation({
    summary: 'Ouvrir un recensement des besoins (OpenCensus)',
    description:
      'Objet, code CPV, lots, durée, reconductions et options : ce sur quoi les membres chiffrent leurs besoins.',
  })
  @ApiCreatedResponse({ type: CensusOpenedAccepted })
  async open(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Body() body: OpenCensusBody,
    @CommandContext() context: CommandContext,
  ): Promise<CensusOpenedAccepted> {
    await this.consortia.load(consortiumId);
    const censusId = newResourceId(context);
    const command = {
      type: 'OpenCensus' as const,
      censusId,
      consortiumId,
      ...body,
      openedOn: this.clock.today(),
    };
    const result = await this.consortia.handleCensus(consortiumId, censusId, command, context);
    return { censusId, ...accepted(result) };
  }

  @Get(':censusId')
  @Roles('coordinator', 'member-buyer', 'auditor')
  @ApiOperation({
    summary: 'Consulter un recensement : besoins déclarés, et à la clôture la valeur estimée (T1)',
  })
  @ApiOkResponse({ type: CensusView })
  async read(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('censusId', ParseUUIDPipe) censusId: string,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<CensusView> {
    const { state, version } = await this.consortia.loadCensus(consortiumId, censusId);
    response.setHeader('ETag', versionTag(version));
    return { ...state.opened!, needs: Object.values(state.needs), closed: state.closed, version };
  }

  @Post(':censusId/needs/:authoritySiret')
  @Roles('coordinator', 'member-buyer')
  @CommandEndpoint('SubmitNeeds')
  @ApiOperation({
    summary: 'Déclarer les besoins d’un membre (SubmitNeeds)',
    description:
      'Besoins annuels estimés HT par lot, options comprises ; une nouvelle déclaration remplace la précédente. ' +
      'Seuls les membres à la date de déclaration peuvent déclarer.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async submitNeeds(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('censusId', ParseUUIDPipe) censusId: string,
    @Param('authoritySiret', new SiretParam('authoritySiret')) siret: string,
    @Body() body: NeedsBody,
    @CommandContext() context: CommandContext,
  ) {
    await this.consortia.loadCensus(consortiumId, censusId);
    const { state } = await this.consortia.load(consortiumId);
    const command = {
      type: 'SubmitNeeds' as const,
      memberSiret: siret,
      submittedOn: this.clock.today(),
      needs: body.needs,
      membership: state.facts,
    };
    return accepted(await this.consortia.handleCensus(consortiumId, censusId, command, context));
  }

  @Post(':censusId/close')
  @Roles('coordinator')
  @CommandEndpoint('CloseCensus')
  @ApiOperation({
    summary: 'Clore le recensement (CloseCensus)',
    description:
      'Publie la valeur estimée par lot et au total — tous membres, lots, options et reconductions, sur toute la ' +
      'durée (règle T1, R2121-1) — et la liste des bénéficiaires, que le service des consultations utilise.',
  })
  @ApiCreatedResponse({ type: CommandAccepted })
  async close(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('censusId', ParseUUIDPipe) censusId: string,
    @CommandContext() context: CommandContext,
  ) {
    await this.consortia.loadCensus(consortiumId, censusId);
    const { state } = await this.consortia.load(consortiumId);
    const command = { type: 'CloseCensus' as const, closedOn: this.clock.today(), membership: state.facts };
    return accepted(await this.consortia.handleCensus(consortiumId, censusId, command, context));
  }
}
