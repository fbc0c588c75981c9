import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommandContext, ContextRuntime, EVENT_STORE, Roles } from '@mutualis/shared/api';
import { alertStream } from '@mutualis/shared/contracts';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { AuditLedger } from '../ledger/audit-ledger';
import { LedgerTenantParam } from './ledger-tenant.param';
import { LedgerVerifier } from '../seals/ledger-verification.service';
import { Seals } from '../seals/seals';
import { AlertsView, LedgerPage } from './event-envelope.dto';
import { ProofView, SealAnswer, SealsView } from './seals.dto';
import { AuditBundleView, VerificationView } from './verification.dto';
import { ProblemAnswer } from './problem-answers';
import { PAGE_AFTER, PAGE_LIMIT } from './query-params';

@ApiTags('Audit : registre, scellements, vérification (audit)')
@Controller('consortia/:consortiumId')
export class AuditController {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(Seals) private readonly seals: Seals,
    @Inject(LedgerVerifier) private readonly verifier: LedgerVerifier,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(EVENT_STORE) private readonly store: SqlEventStore,
  ) {}

  @Get('ledger')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Le registre d’audit du groupement : chaque événement reçu, dans l’ordre de réception',
    description: 'Pages de `limit` événements après la position `after`.',
  })
  @ApiQuery(PAGE_AFTER)
  @ApiQuery(PAGE_LIMIT)
  @ApiOkResponse({ type: LedgerPage, description: 'Une page du registre' })
  async entries(
    @Param('consortiumId', LedgerTenantParam) consortiumId: string,
    @Query('after', new ParseIntPipe({ optional: true })) after?: number,
    @Query('limit', new ParseIntPipe({ optional: true })) limit?: number,
  ): Promise<LedgerPage> {
    const size = Math.min(Math.max(limit ?? 500, 1), 5_000);
    const entries = await this.ledger.entries(consortiumId, Math.max(after ?? 0, 0), size);
    return { entries, next: entries.length === size ? (entries.at(-1)?.position ?? null) : null };
  }

  @Get('alerts')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Les ruptures de chaîne détectées à la réception : événement modifié, manquant, déplacé',
  })
  @ApiOkResponse({ type: AlertsView, description: 'Les alertes, de la plus ancienne à la plus récente' })
  async alerts(@Param('consortiumId', LedgerTenantParam) consortiumId: string): Promise<AlertsView> {
    return { alerts: await this.store.readStream(alertStream(consortiumId)) };
  }

  @Get('seals')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Les scellements du registre : racines de Merkle chaînées, signées si une clé est configurée',
  })
  @ApiOkResponse({ type: SealsView, description: 'Les scellements, du premier au dernier' })
  async list(@Param('consortiumId', LedgerTenantParam) consortiumId: string): Promise<SealsView> {
    return { seals: await this.seals.list(consortiumId) };
  }

  @Post('seals')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Sceller maintenant ce que le registre a reçu depuis le dernier scellement',
    description: 'Sans événement nouveau, rien n’est scellé (`seal: null`).',
  })
  @ApiOkResponse({ type: SealAnswer, description: 'Le scellement fait, ou null' })
  async seal(
    @Param('consortiumId', LedgerTenantParam) consortiumId: string,
    @CommandContext() context: CommandContext,
  ): Promise<SealAnswer> {
    return { seal: await this.seals.seal(consortiumId, context.correlationId) };
  }

  @Get('verification')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Vérifier le registre : empreintes, chaînes de chaque flux, scellements et signatures',
    description: 'Tout est recalculé depuis la base ; la première chose qui ne correspond pas est nommée.',
  })
  @ApiOkResponse({ type: VerificationView, description: 'Le résultat de la vérification' })
  async verify(@Param('consortiumId', LedgerTenantParam) consortiumId: string): Promise<VerificationView> {
    await this.runtime.readModelsCaughtUp();
    return this.verifier.verify(consortiumId);
  }

  @Get('bundle')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary:
      'Exporter le dossier d’audit du groupement, vérifiable hors ligne (mutualis audit verify --bundle)',
    description: 'Les événements reçus, l’enregistrement des scellements tel que stocké, et un manifeste.',
  })
  @ApiOkResponse({ type: AuditBundleView, description: 'Le dossier d’audit (JSON)' })
  async bundle(@Param('consortiumId', LedgerTenantParam) consortiumId: string): Promise<AuditBundleView> {
    await this.runtime.readModelsCaughtUp();
    return this.verifier.bundle(consortiumId);
  }

  @Get('events/:eventId/proof')
  @Roles('auditor', 'coordinator')
  @ApiOperation({ summary: 'Preuve d’inclusion d’un événement dans son scellement (chemin de Merkle)' })
  @ApiOkResponse({ type: ProofView, description: 'La preuve, vérifiable avec la racine du scellement' })
  @ProblemAnswer(
    409,
    'L’événement n’est pas encore scellé (not-sealed-yet) : demander un scellement, ou attendre le prochain',
  )
  async proof(
    @Param('consortiumId', LedgerTenantParam) consortiumId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<ProofView> {
    return this.verifier.proof(consortiumId, eventId);
  }
}
