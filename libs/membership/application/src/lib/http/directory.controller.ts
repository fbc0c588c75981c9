import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AcrossConsortia, ContextRuntime, CurrentPrincipal, Principal, Roles } from '@mutualis/shared/api';
import { ConsortiumDirectory } from '../directory/consortium-directory';
import { DirectoryPage, DirectoryQueryParams } from './directory.dto';

const DEFAULT_PAGE = 50;

@ApiTags('Groupements et centrales d’achat (consortia)')
@Controller('consortia')
export class DirectoryController {
  constructor(
    @Inject(ConsortiumDirectory) private readonly directory: ConsortiumDirectory,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
  ) {}

  @Get()
  @Roles('platform-admin', 'coordinator', 'member-buyer', 'supplier', 'auditor')
  @AcrossConsortia()
  @ApiOperation({
    summary: 'Trouver ses groupements et centrales d’achat',
    description:
      'Tous les groupements pour l’administrateur de la plateforme, ceux que nomme le jeton pour les autres rôles. ' +
      'Filtres : nom, nature, SIRET ou SIREN du coordonnateur ou d’une collectivité, région. Par ordre alphabétique, ' +
      'par pages de `limit` (50 par défaut) ; `next` donne l’`offset` de la page suivante.',
  })
  @ApiOkResponse({ type: DirectoryPage })
  async search(
    @Query() query: DirectoryQueryParams,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DirectoryPage> {
    if (query.minPosition !== undefined) await this.runtime.readModelsCaughtUp();
    const limit = query.limit ?? DEFAULT_PAGE;
    const offset = query.offset ?? 0;
    const { consortia, total } = await this.directory.search({
      visible: principal.role === 'platform-admin' ? null : principal.consortia,
      name: query.name,
      kind: query.kind,
      siretOrSiren: query.siret,
      region: query.region,
      limit,
      offset,
    });
    return { consortia, total, next: offset + consortia.length < total ? offset + consortia.length : null };
  }
}
