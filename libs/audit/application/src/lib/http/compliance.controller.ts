import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContextRuntime, Roles } from '@mutualis/shared/api';
import { ComplianceCalendars } from '../compliance/compliance-calendars';
import { ComplianceCalendarPage, ComplianceCalendarQueryParams } from './compliance.dto';

const DEFAULT_PAGE = 50;

@ApiTags('Audit : calendrier de conformité (compliance)')
@Controller('consortia/:consortiumId/compliance-calendar')
export class ComplianceController {
  constructor(
    @Inject(ComplianceCalendars) private readonly calendars: ComplianceCalendars,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
  ) {}

  @Get()
  @Roles('coordinator', 'auditor', 'platform-admin')
  @ApiOperation({
    summary: 'Le calendrier de conformité du groupement : les échéances que la loi fixe, faites ou non',
    description:
      'Avis d’attribution dans les 30 jours après la signature (R2183-1), avis de modification au JOUE des ' +
      'avenants qui l’exigent (R2194-10), données essentielles (DECP) deux mois après la notification, ' +
      'attestations de vigilance des titulaires tous les six mois pendant l’exécution (L8222-1, D8222-5). Chaque ' +
      'échéance avec ce sur quoi elle porte, son texte, sa date limite et son état au jour de l’horloge : en ' +
      'retard d’abord, puis à faire, puis faites. Filtres `status` et `kind` ; par pages de `limit` (50 par ' +
      'défaut) ; `next` donne l’`offset` de la page suivante. La jauge Prometheus ' +
      '`mutualis_compliance_overdue_entries` compte les échéances en retard de chaque groupement.',
  })
  @ApiOkResponse({ type: ComplianceCalendarPage, description: 'Une page du calendrier' })
  async list(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query() query: ComplianceCalendarQueryParams,
  ): Promise<ComplianceCalendarPage> {
    await this.runtime.readModelsCaughtUp();
    const { on, entries } = await this.calendars.calendar(consortiumId);
    const matching = entries.filter(
      (entry) =>
        (query.status === undefined || entry.status === query.status) &&
        (query.kind === undefined || entry.kind === query.kind),
    );
    const limit = query.limit ?? DEFAULT_PAGE;
    const offset = query.offset ?? 0;
    const page = matching.slice(offset, offset + limit);
    return {
      on,
      entries: page,
      total: matching.length,
      overdue: entries.filter((entry) => entry.status === 'overdue').length,
      next: offset + page.length < matching.length ? offset + page.length : null,
    };
  }
}
