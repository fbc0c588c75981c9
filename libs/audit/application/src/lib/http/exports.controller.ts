import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Clock, ContextRuntime, OptionalDateQuery, Roles } from '@mutualis/shared/api';
import { DecpPublications } from '../exports/decp-publications';
import { DecpDocumentView, DecpPendingPage } from './decp.dto';
import { ProblemAnswer } from './problem-answers';

const INVALID = ProblemAnswer(
  422,
  'Le document ne valide pas contre le schéma officiel des DECP (decp-invalid) : ses erreurs sont dans `problems`',
);

@ApiTags('Audit : données essentielles (DECP) (exports)')
@Controller('consortia/:consortiumId/decp')
export class ExportsController {
  constructor(
    @Inject(DecpPublications) private readonly decp: DecpPublications,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Les données essentielles publiées des marchés du groupement (DECP, format 2024, schéma 2.0.3)',
    description: 'Telles que publiées : champs initiaux jamais réécrits, modifications ajoutées à leur date.',
  })
  @ApiOkResponse({ type: DecpDocumentView, description: 'Le document publié (schéma DECP 2.0.3)' })
  @INVALID
  async published(@Param('consortiumId', ParseUUIDPipe) consortiumId: string): Promise<DecpDocumentView> {
    // The records were validated against the official schema before being published, and again now.
    return (await this.decp.published(consortiumId)) as unknown as DecpDocumentView;
  }

  @Get('pending')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Données essentielles à publier : marchés et modifications notifiés, pas encore publiés',
    description:
      'Chacun avec sa date limite : deux mois après la notification du marché ou de la modification (D1) ; ' +
      '`overdue` quand elle est dépassée à la date demandée (`on`, aujourd’hui par défaut).',
  })
  @ApiQuery({
    name: 'on',
    required: false,
    description:
      'Le jour (AAAA-MM-JJ) auquel apprécier les retards ; aujourd’hui (heure de Paris) par défaut',
    schema: { type: 'string', format: 'date', example: '2026-08-15' },
  })
  @ApiOkResponse({ type: DecpPendingPage, description: 'Ce qui reste à publier' })
  async pending(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('on', new OptionalDateQuery('on')) on: string | undefined,
  ): Promise<DecpPendingPage> {
    await this.runtime.readModelsCaughtUp();
    const day = on ?? this.clock.today();
    return { on: day, pending: await this.decp.pending(consortiumId, day) };
  }

  @Post('publications')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Publier aujourd’hui les données essentielles nouvelles (DECP)',
    description:
      'Un enregistrement par marché notifié à partir du seuil de publication (40 000 € HT), le SIRET du ' +
      'coordonnateur comme acheteur ; à chaque avenant une modification, datée de sa publication. Ce qui a été ' +
      'publié n’est jamais réécrit. Le document est validé contre le schéma officiel avant d’être enregistré : ' +
      'invalide, il est refusé (422) avec ses erreurs.',
  })
  @ApiOkResponse({
    type: DecpDocumentView,
    description: 'Le document tel que publié, publication du jour comprise',
  })
  async publish(@Param('consortiumId', ParseUUIDPipe) consortiumId: string): Promise<DecpDocumentView> {
    await this.runtime.readModelsCaughtUp();
    // Validated against the official schema before anything of it was recorded.
    return (await this.decp.publish(consortiumId, this.clock.today())) as unknown as DecpDocumentView;
  }
}
