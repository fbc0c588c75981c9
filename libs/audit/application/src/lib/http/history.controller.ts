import type { ServerResponse } from 'node:http';
import { Controller, Get, Inject, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  ContextRuntime,
  OptionalInstantQuery,
  ProblemException,
  Roles,
  TenantParam,
} from '@mutualis/shared/api';
import { aggregateKind, stateAsOf } from '@mutualis/audit/domain';
import { timelineCsv, TimelinePage } from '../history/timeline';
import { TimelineReader } from '../history/timeline-reader';
import { AuditLedger, TimelineFilter } from '../ledger/audit-ledger';
import { AS_OF, PAGE_AFTER, PAGE_LIMIT, POSITION } from './query-params';
import { AggregateView, TimelinePageView } from './history.dto';

const CSV_EXAMPLE =
  'position,recordedAt,occurredAt,businessDate,type,subjectKind,subjectId,subjectLabel,summary,streamId,' +
  'streamVersion,userId,role,actingFor,legalReference,correlationId,causationId,eventId\r\n' +
  '42,2026-03-01T09:30:00.412Z,2026-03-01T09:30:00.000Z,2026-03-01,membership.AdhesionAccepted,authority,' +
  '21440195900019,Commune de Savenay,Adhésion acceptée : Commune de Savenay (21440195900019),' +
  'consortium-0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e,5,u-4f1c2a,coordinator,21440184600016,,req-7f3a,,' +
  '0190c6a4-9b2e-7c3d-8e4f-5a6b7c8d9e0f\r\n';

@ApiTags('Audit : retour dans le temps et chronologie (history)')
@Controller('consortia/:consortiumId')
export class HistoryController {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(TimelineReader) private readonly timelines: TimelineReader,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
  ) {}

  @Get('aggregates/:streamId')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary:
      'Un dossier (groupement, recensement, consultation, marché, fournisseur) tel qu’enregistré à un instant',
    description:
      'Reconstruit par les règles de son service à partir des événements enregistrés jusqu’à `asOf` (instant, ou ' +
      'date : fin de journée à Paris), ou reçus par le registre jusqu’à la position `position`. La réponse rappelle ' +
      '`asOf` et donne la position du dernier événement pris en compte.',
  })
  @ApiQuery(AS_OF)
  @ApiQuery(POSITION)
  @ApiOkResponse({ type: AggregateView, description: 'Le dossier reconstruit' })
  async aggregate(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Param('streamId') streamId: string,
    @Query('asOf', new OptionalInstantQuery()) asOf: string | undefined,
    @Query('position', new ParseIntPipe({ optional: true })) position?: number,
  ): Promise<AggregateView> {
    const kind = aggregateKind(streamId);
    if (!kind) throw new ProblemException('not-found', `No aggregate is rebuilt from stream ${streamId}.`);
    await this.runtime.readModelsCaughtUp();
    const rebuilt = stateAsOf(streamId, await this.ledger.stream(consortiumId, streamId), {
      ...(asOf === undefined ? {} : { asOf }),
      ...(position === undefined ? {} : { position }),
    });
    if (!rebuilt) throw new ProblemException('not-found', 'Nothing was recorded in this stream by then.');
    return { streamId, kind, asOf: asOf ?? null, ...rebuilt };
  }

  @Get('timeline')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary:
      'La chronologie du groupement : qui a fait quoi, sur quoi, quand, pour qui, sous quelle règle, à la suite de quoi',
    description:
      'Chaque acte nomme son sujet (commune, entreprise, consultation, lot, offre, marché…) avec son identifiant et ' +
      'son nom tel que le registre le connaît, le dit en une phrase (`summary`), et donne sa date métier ' +
      '(`businessDate`) à côté de l’instant de son enregistrement (`recordedAt`). Avant l’ouverture des plis, une ' +
      'offre ne nomme pas son entreprise. Filtrable par type d’événement, dossier (streamId), utilisateur, période ' +
      'd’enregistrement (`from`, `to`) ; lisible telle qu’à un instant (`asOf`) ou une position (`position`), que la ' +
      'réponse rappelle ; par pages (`after`, `limit`) ; en JSON ou en CSV (`format=csv`, en-tête `Link` vers la page ' +
      'suivante).',
  })
  @ApiQuery({
    name: 'type',
    required: false,
    description: 'Seulement les événements de ce type (ex. `membership.AdhesionAccepted`) ; tous par défaut',
    schema: { type: 'string', example: 'membership.AdhesionAccepted' },
  })
  @ApiQuery({
    name: 'streamId',
    required: false,
    description: 'Seulement les actes de ce dossier (flux), ex. `tender-<uuid>` ; tous par défaut',
    schema: { type: 'string', example: 'tender-0190c6a4-7c1e-7b1a-9d3e-2f4a5b6c7d8e' },
  })
  @ApiQuery({
    name: 'userId',
    required: false,
    description: 'Seulement les actes de cet utilisateur ; tous par défaut',
    schema: { type: 'string', example: 'u-4f1c2a' },
  })
  @ApiQuery({
    name: 'from',
    required: false,
    description:
      'Début de la période d’enregistrement (incluse) : instant ISO 8601 avec fuseau, ou date AAAA-MM-JJ (début de ' +
      'la journée, heure de Paris) ; sans limite par défaut',
    schema: { type: 'string', example: '2026-03-01' },
  })
  @ApiQuery({
    name: 'to',
    required: false,
    description:
      'Fin de la période d’enregistrement (incluse) : instant ISO 8601 avec fuseau, ou date AAAA-MM-JJ (fin de la ' +
      'journée, heure de Paris) ; sans limite par défaut',
    schema: { type: 'string', example: '2026-03-31' },
  })
  @ApiQuery(AS_OF)
  @ApiQuery(POSITION)
  @ApiQuery(PAGE_AFTER)
  @ApiQuery(PAGE_LIMIT)
  @ApiQuery({
    name: 'format',
    required: false,
    enum: ['json', 'csv'],
    description: 'JSON (par défaut) ou CSV (RFC 4180, une ligne par acte, UTF-8)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(TimelinePageView)
  @ApiOkResponse({
    description: 'Une page de la chronologie, en JSON ou en CSV',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(TimelinePageView) } },
      'text/csv': { schema: { type: 'string' }, example: CSV_EXAMPLE },
    },
  })
  async timeline(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Res({ passthrough: true }) response: ServerResponse,
    @Query('from', new OptionalInstantQuery('from', 'start')) from?: string,
    @Query('to', new OptionalInstantQuery('to')) to?: string,
    @Query('asOf', new OptionalInstantQuery()) asOf?: string,
    @Query('position', new ParseIntPipe({ optional: true })) position?: number,
    @Query('after', new ParseIntPipe({ optional: true })) after?: number,
    @Query('limit', new ParseIntPipe({ optional: true })) limit?: number,
    @Query('type') type?: string,
    @Query('streamId') streamId?: string,
    @Query('userId') userId?: string,
    @Query('format') format?: string,
  ): Promise<TimelinePageView | string> {
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      throw new ProblemException('validation-failed', 'format is json or csv.', {
        errors: [{ field: 'format', message: 'json or csv' }],
      });
    }
    const size = Math.min(Math.max(limit ?? 500, 1), 5_000);
    const filter: TimelineFilter = {
      ...(type ? { type } : {}),
      ...(streamId ? { streamId } : {}),
      ...(userId ? { userId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(asOf ? { asOf } : {}),
      ...(position === undefined ? {} : { position }),
      after: Math.max(after ?? 0, 0),
      limit: size,
    };
    const page = await this.timelines.read(consortiumId, filter);
    if (format === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      if (page.next !== null) response.setHeader('Link', `<${nextCsvPage(filter, page)}>; rel="next"`);
      return timelineCsv(page.acts);
    }
    return page;
  }
}

/** The next CSV page: the same filters, on the same ledger (the reading's position travels with it). */
function nextCsvPage(filter: TimelineFilter, page: TimelinePage): string {
  const { after: _after, limit, position: _position, ...filters } = filter;
  const query = new URLSearchParams({
    ...filters,
    ...(page.position === null ? {} : { position: String(page.position) }),
    after: String(page.next),
    limit: String(limit),
    format: 'csv',
  });
  return `?${query.toString()}`;
}
