import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock, ContextRuntime, ProblemException, Roles } from '@mutualis/shared/api';
import { ocdsRecordPackage, ocdsRecordPackageProblems } from '@mutualis/audit/domain';
import { AuditConfig } from '../audit.config';
import { AuditLedger } from '../ledger/audit-ledger';
import { OcdsRecordPackageView } from './ocds.dto';
import { ProblemAnswer } from './problem-answers';

/** The supplier registry's events are the platform's, not a consortium's: they give the companies' names. */
const REGISTRY = 'platform';

@ApiTags('Audit : données ouvertes (OCDS) (exports)')
@Controller('consortia/:consortiumId/ocds')
export class OcdsController {
  constructor(
    @Inject(AuditLedger) private readonly ledger: AuditLedger,
    @Inject(ContextRuntime) private readonly runtime: ContextRuntime,
    @Inject(AuditConfig) private readonly config: AuditConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get(':tenderId')
  @Roles('auditor', 'coordinator')
  @ApiOperation({
    summary: 'Le dossier d’une consultation au standard OCDS 1.1.5 (record package)',
    description:
      'Un identifiant (ocid) par consultation ; une publication (release) par étape rendue publique — ' +
      'préparation, avis, modification de l’avis, ouverture des plis, attribution, délai de suspension, ' +
      'signature, notification, avenants, paiements avec intérêts moratoires, fin du marché — avec son étiquette ' +
      'OCDS ; l’état compilé de la consultation et l’historique de chaque champ (versioned release). Les offres ' +
      'et les candidatures restent secrètes jusqu’à l’ouverture des plis. Le document est validé contre les ' +
      'schémas officiels avant d’être rendu : invalide, il est refusé (422) avec ses erreurs.',
  })
  @ApiOkResponse({ type: OcdsRecordPackageView, description: 'Le paquet de dossier OCDS (record package)' })
  @ProblemAnswer(
    422,
    'Le paquet ne valide pas contre les schémas officiels de l’OCDS 1.1.5 (ocds-invalid) : ses erreurs sont dans `problems`',
  )
  async record(
    @Param('consortiumId', ParseUUIDPipe) consortiumId: string,
    @Param('tenderId', ParseUUIDPipe) tenderId: string,
  ): Promise<OcdsRecordPackageView> {
    await this.runtime.readModelsCaughtUp();
    const events = [
      ...(await this.ledger.ofTypes(REGISTRY, ['supplier.SupplierRegistered'])),
      ...(await this.ledger.currentEvents(consortiumId)),
    ];
    const recordPackage = ocdsRecordPackage(
      events,
      tenderId,
      {
        ocidPrefix: this.config.AUDIT_OCDS_PREFIX,
        name: this.config.AUDIT_OCDS_PUBLISHER,
        uri: `${this.config.AUDIT_PUBLIC_URL.replace(/\/$/, '')}/consortia/${consortiumId}/ocds/${tenderId}`,
      },
      this.clock.now().toISOString(),
    );
    if (!recordPackage)
      throw new ProblemException('not-found', `No consultation ${tenderId} in this ledger.`);
    const problems = ocdsRecordPackageProblems(recordPackage);
    if (problems.length > 0) {
      throw new ProblemException(
        'unprocessable',
        'The record package does not validate against OCDS 1.1.5.',
        {
          rule: 'ocds-invalid',
          problems,
        },
      );
    }
    return recordPackage as unknown as OcdsRecordPackageView; // validated against the official schemas above
  }
}
