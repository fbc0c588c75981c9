import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Clock, ContextRuntime, OptionalDateQuery, ProblemException, Roles } from '@mutualis/shared/api';
import { decpDocument, decpFactsFromLedger, decpProblems, decpRecord } from '@mutualis/audit/domain';
import { AuditLedger } from '../ledger/audit-ledger';

@ApiTags('Audit : données essentielles (DECP) (exports)')
@Controller('consortia/:consortiumId')
export class ExportsController {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get('decp')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Les données essentielles des marchés du groupement (DECP, format 2024, schéma 2.0.3)',
    description:
      'Un enregistrement par marché notifié à partir du seuil de publication, ses modifications ajoutées à chaque ' +
      'avenant ; le SIRET du coordonnateur comme acheteur. Le document est validé contre le schéma officiel ' +
      'avant d’être rendu : un document invalide est refusé (422), avec ses erreurs.',
  })
  @ApiQuery({
    name: 'publishedOn',
    required: false,
    description: 'Date de publication (aujourd’hui par défaut)',
  })
  async decp(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Query('publishedOn', new OptionalDateQuery('publishedOn')) publishedOn: string | undefined,
  ) {
    await this.runtime.readModelsCaughtUp();
    const events = (await this.ledger.entries(consortiumId)).map((entry) => entry.event);
    const facts = decpFactsFromLedger(events, publishedOn ?? this.clock.today());
    const document = decpDocument(facts.map(decpRecord));
    const problems = decpProblems(document);
    if (problems.length > 0) {
      throw new ProblemException(
        'unprocessable',
        'The essential data do not validate against the DECP schema.',
        {
          rule: 'decp-invalid',
          problems,
        },
      );
    }
    return document;
  }
}
