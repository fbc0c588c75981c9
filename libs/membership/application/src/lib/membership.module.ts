import { Module } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntimeModule, KeyVault, PersonalDataReads } from '@mutualis/shared/api';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { Consortia, PERSONAL_DATA, PERSONAL_DATA_READS } from './consortia';
import { ProcedureLaunches } from './launches/procedure-launches';
import { censusRegister } from './censuses/census-register.projection';
import { CensusRegister } from './censuses/census-register';
import { CensusesController } from './http/censuses.controller';
import { ConsortiaController } from './http/consortia.controller';
import { DirectoryController } from './http/directory.controller';
import { consortiumDirectory } from './directory/consortium-directory.projection';
import { ConsortiumDirectory } from './directory/consortium-directory';
import { MembersController } from './http/members.controller';
import { OnboardingController, OnboardingJobsController } from './http/onboarding.controller';
import { MembershipConfig } from './membership.config';
import { MEMBERSHIP_SCHEMA } from './membership.schema';
import { OnboardingImport } from './onboarding/onboarding-import';

export { MEMBERSHIP_SCHEMA };

@Module({
  imports: [
    ContextRuntimeModule.forContext({
      context: 'membership',
      schema: MEMBERSHIP_SCHEMA,
      projections: [consortiumDirectory, censusRegister],
    }),
  ],
  controllers: [
    DirectoryController,
    ConsortiaController,
    MembersController,
    CensusesController,
    OnboardingController,
    // After OnboardingController: its template.csv must match before a job's id.
    OnboardingJobsController,
  ],
  providers: [
    {
      provide: PERSONAL_DATA,
      inject: [MembershipConfig, CONTEXT_SQL],
      useFactory: (config: MembershipConfig, sql: SqlExecutor) =>
        KeyVault.open(sql, MEMBERSHIP_SCHEMA, config.MUTUALIS_PERSONAL_DATA_KEY, 'personal-data'),
    },
    {
      provide: PERSONAL_DATA_READS,
      inject: [CONTEXT_SQL],
      useFactory: (sql: SqlExecutor) => PersonalDataReads.open(sql, MEMBERSHIP_SCHEMA),
    },
    CensusRegister,
    Consortia,
    ConsortiumDirectory,
    OnboardingImport,
    ProcedureLaunches,
  ],
})
export class MembershipModule {}
