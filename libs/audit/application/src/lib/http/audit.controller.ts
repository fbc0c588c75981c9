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
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommandContext,
  CommandEndpoint,
  EVENT_STORE,
  JobBody,
  JobResult,
  JobRoutes,
  Jobs,
  Roles,
  TenantParam,
} from '@mutualis/shared/api';
import { alertStream } from '@mutualis/shared/contracts';
import { SqlEventStore } from '@mutualis/shared/event-store';
import { AuditLedger } from '../ledger/audit-ledger';
import { AUDIT_BUNDLE, LEDGER_VERIFICATION } from '../seals/ledger-jobs';
import { LedgerVerifier } from '../seals/ledger-verification.service';
import { Seals } from '../seals/seals';
import { AlertsView, LedgerPage } from './event-envelope.dto';
import { ProofView, SealAnswer, SealsView } from './seals.dto';
import { AuditBundleView, VerificationView } from './verification.dto';
import { ProblemAnswer } from './problem-answers';
import { PAGE_AFTER, PAGE_LIMIT } from './query-params';

const TAG = 'Audit : registre, scellements, vérification (audit)';

/** Verifications followed as jobs, under the collection they are started in. */
export const VerificationJobsController = JobRoutes({
  path: 'consortia/:consortiumId/verifications',
  roles: ['auditor', 'coordinator'],
  tag: TAG,
});

/** Bundle exports followed as jobs, under the collection they are started in. */
export const BundleExportJobsController = JobRoutes({
  path: 'consortia/:consortiumId/bundle-exports',
  roles: ['auditor', 'coordinator'],
  tag: TAG,
});

@ApiTags(TAG)
@Controller('consortia/:consortiumId')
export class AuditController {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(Seals) private readonly seals: Seals,
    @Inject(LedgerVerifier) private readonly verifier: LedgerVerifier,
    @Inject(Jobs) private readonly jobs: Jobs,
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
    @Param('consortiumId', TenantParam) consortiumId: string,
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
  async alerts(@Param('consortiumId', TenantParam) consortiumId: string): Promise<AlertsView> {
    return { alerts: await this.store.readStream(alertStream(consortiumId)) };
  }

  @Get('seals')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Les scellements du registre : racines de Merkle chaînées, signées si une clé est configurée',
  })
  @ApiOkResponse({ type: SealsView, description: 'Les scellements, du premier au dernier' })
  async list(@Param('consortiumId', TenantParam) consortiumId: string): Promise<SealsView> {
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
    @Param('consortiumId', TenantParam) consortiumId: string,
    @CommandContext() context: CommandContext,
  ): Promise<SealAnswer> {
    return { seal: await this.seals.seal(consortiumId, context.correlationId) };
  }

  @Post('verifications')
  @HttpCode(202)
  @Roles('auditor', 'coordinator')
  @CommandEndpoint('VerifyLedger', { location: '/consortia/{consortiumId}/verifications/{jobId}' })
  @ApiOperation({
    summary:
      'Vérifier le registre en arrière-plan : empreintes, chaînes de chaque flux, scellements et signatures (VerifyLedger)',
    description:
      'Tout est recalculé depuis la base, sur le registre tel qu’il est au début du travail ; la première chose ' +
      'qui ne correspond pas est nommée. La réponse 202 donne l’adresse du travail (`Location`) : son avancement ' +
      '(événements du registre relus, page par page), puis son résultat, le rapport de vérification (schéma ' +
      '`VerificationView`). Une vérification qui trouve une modification réussit : son rapport dit `ok: false` et ' +
      'nomme la première rupture. Rien n’est modifié.',
  })
  @JobResult(VerificationView)
  @ApiAcceptedResponse({
    type: JobBody,
    description: 'Vérification lancée : la suivre à l’adresse `Location`',
  })
  verify(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @CommandContext() context: CommandContext,
  ): Promise<JobBody> {
    return this.jobs.start(
      LEDGER_VERIFICATION,
      { path: `/consortia/${consortiumId}/verifications`, scope: consortiumId },
      {},
      context,
    );
  }

  @Post('bundle-exports')
  @HttpCode(202)
  @Roles('auditor', 'coordinator')
  @CommandEndpoint('ExportAuditBundle', { location: '/consortia/{consortiumId}/bundle-exports/{jobId}' })
  @ApiOperation({
    summary:
      'Exporter en arrière-plan le dossier d’audit du groupement, vérifiable hors ligne (ExportAuditBundle)',
    description:
      'Les événements reçus, l’enregistrement des scellements tel que stocké, et un manifeste, tels qu’ils sont au ' +
      'début du travail. La réponse 202 donne l’adresse du travail (`Location`) : son avancement (événements du ' +
      'registre lus, page par page), puis son résultat, le dossier (schéma `AuditBundleView`), à enregistrer et à ' +
      'vérifier avec `mutualis audit verify --bundle`. Rien n’est modifié.',
  })
  @JobResult(AuditBundleView)
  @ApiAcceptedResponse({
    type: JobBody,
    description: 'Export lancé : le suivre à l’adresse `Location`, puis lire le dossier à `links.result`',
  })
  bundle(
    @Param('consortiumId', TenantParam) consortiumId: string,
    @CommandContext() context: CommandContext,
  ): Promise<JobBody> {
    return this.jobs.start(
      AUDIT_BUNDLE,
      { path: `/consortia/${consortiumId}/bundle-exports`, scope: consortiumId },
      {},
      context,
    );
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
    @Param('consortiumId', TenantParam) consortiumId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<ProofView> {
    return this.verifier.proof(consortiumId, eventId);
  }
}
