import type { ServerResponse } from 'node:http';
import { Controller, Get, Inject, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ContextRuntime, OptionalInstantQuery, ProblemException, Roles } from '@mutualis/shared/api';
import { aggregateKind, stateAsOf } from '@mutualis/audit/domain';
import { timelineAct, timelineCsv } from '../history/timeline';
import { AuditLedger } from '../ledger/audit-ledger';
import { LedgerTenantParam } from './ledger-tenant.param';

@ApiTags('Audit : retour dans le temps et chronologie (history)')
@Controller('consortia/:consortiumId')
export class HistoryController {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
  ) {}

  @Get('aggregates/:streamId')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary:
      'Un dossier (groupement, recensement, consultation, marché, fournisseur) tel qu’enregistré à un instant',
    description:
      'Reconstruit par les règles de son service à partir des événements enregistrés jusqu’à `asOf` (instant, ou ' +
      'date : fin de journée à Paris), ou reçus par le registre jusqu’à la position `position`.',
  })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery({ name: 'position', required: false })
  async aggregate(
    @Param('consortiumId', LedgerTenantParam) consortiumId: string,
    @Param('streamId') streamId: string,
    @Query('asOf', new OptionalInstantQuery()) asOf: string | undefined,
    @Query('position', new ParseIntPipe({ optional: true })) position?: number,
  ) {
    if (!aggregateKind(streamId)) {
      throw new ProblemException('not-found', `No aggregate is rebuilt from stream ${streamId}.`);
    }
    await this.runtime.readModelsCaughtUp();
    const rebuilt = stateAsOf(streamId, await this.ledger.stream(consortiumId, streamId), {
      ...(asOf === undefined ? {} : { asOf }),
      ...(position === undefined ? {} : { position }),
    });
    if (!rebuilt) throw new ProblemException('not-found', 'Nothing was recorded in this stream by then.');
    return {
      streamId,
      kind: aggregateKind(streamId),
      asOf: asOf ?? null,
      position: position ?? null,
      ...rebuilt,
    };
  }

  @Get('timeline')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary:
      'La chronologie du groupement : qui a fait quoi, quand, pour qui, sous quelle règle, à la suite de quoi',
    description:
      'Filtrable par type d’événement, dossier (streamId), utilisateur, période d’enregistrement (`from`, `to` : ' +
      'instants, ou dates : du début du jour `from` à la fin du jour `to`, heure de Paris) ; par pages (`after`, ' +
      '`limit`) ; en JSON ou en CSV (`format=csv`).',
  })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'streamId', required: false })
  @ApiQuery({ name: 'userId', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'after', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async timeline(
    @Param('consortiumId', LedgerTenantParam) consortiumId: string,
    @Res({ passthrough: true }) response: ServerResponse,
    @Query('from', new OptionalInstantQuery('from', 'start')) from?: string,
    @Query('to', new OptionalInstantQuery('to')) to?: string,
    @Query('after', new ParseIntPipe({ optional: true })) after?: number,
    @Query('limit', new ParseIntPipe({ optional: true })) limit?: number,
    @Query('type') type?: string,
    @Query('streamId') streamId?: string,
    @Query('userId') userId?: string,
    @Query('format') format?: string,
  ) {
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      throw new ProblemException('validation-failed', 'format is json or csv.', {
        errors: [{ field: 'format', message: 'json or csv' }],
      });
    }
    const size = Math.min(Math.max(limit ?? 500, 1), 5_000);
    const entries = await this.ledger.timeline(consortiumId, {
      ...(type ? { type } : {}),
      ...(streamId ? { streamId } : {}),
      ...(userId ? { userId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      after: Math.max(after ?? 0, 0),
      limit: size,
    });
    const acts = entries.map(timelineAct);
    const next = acts.length === size ? (acts.at(-1)?.position ?? null) : null;
    if (format === 'csv') {
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      if (next !== null) response.setHeader('Link', `<?after=${next}&limit=${size}&format=csv>; rel="next"`);
      return timelineCsv(acts);
    }
    return { acts, next };
  }
}
