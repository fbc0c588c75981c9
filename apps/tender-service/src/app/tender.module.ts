import { Module } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntimeModule, KeyVault } from '@mutualis/shared/api';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { CandidatesController } from './http/candidates.controller';
import { EvaluationController } from './http/evaluation.controller';
import { TendersController } from './http/tenders.controller';
import {
  consortiumMembershipConsumer,
  LocalFacts,
  supplierEligibilityConsumer,
  TENDER_SCHEMA,
} from './local/local-facts';
import { TenderConfig } from './tender.config';
import { BID_SEALING, Tenders } from './tenders';

export { TENDER_SCHEMA };

@Module({
  imports: [
    ContextRuntimeModule.forContext({
      context: 'tender',
      schema: TENDER_SCHEMA,
      consumers: [supplierEligibilityConsumer, consortiumMembershipConsumer],
    }),
  ],
  controllers: [TendersController, EvaluationController, CandidatesController],
  providers: [
    {
      provide: BID_SEALING,
      inject: [TenderConfig, CONTEXT_SQL],
      useFactory: (config: TenderConfig, sql: SqlExecutor) =>
        KeyVault.open(sql, TENDER_SCHEMA, config.MUTUALIS_BID_SEALING_KEY, 'bid-sealing'),
    },
    {
      provide: LocalFacts,
      inject: [CONTEXT_SQL],
      useFactory: async (sql: SqlExecutor) => {
        const facts = new LocalFacts(sql);
        await facts.prepare();
        return facts;
      },
    },
    Tenders,
  ],
})
export class TenderModule {}
