import { Module } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntimeModule, KeyVault, PublishedFacts } from '@mutualis/shared/api';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { tenderBoard } from './board/tender-board.projection';
import { TenderBoard } from './board/tender-board';
import { BoardController } from './http/board.controller';
import { CandidatesController } from './http/candidates.controller';
import { AwardController } from './http/award.controller';
import { AwardNoticesController } from './http/award-notices.controller';
import { EvaluationController } from './http/evaluation.controller';
import { TendersController } from './http/tenders.controller';
import { TenderConfig } from './tender.config';
import { BID_SEALING, Tenders } from './tenders';

/** The PostgreSQL schema of the tender service: its event store, sealing keys and local facts. */
export const TENDER_SCHEMA = 'tender';

@Module({
  imports: [
    ContextRuntimeModule.forContext({
      context: 'tender',
      schema: TENDER_SCHEMA,
      projections: [tenderBoard],
      consumers: PublishedFacts.consumers('tender', TENDER_SCHEMA),
    }),
  ],
  controllers: [
    BoardController,
    TendersController,
    EvaluationController,
    AwardController,
    CandidatesController,
    AwardNoticesController,
  ],
  providers: [
    {
      provide: BID_SEALING,
      inject: [TenderConfig, CONTEXT_SQL],
      useFactory: (config: TenderConfig, sql: SqlExecutor) =>
        KeyVault.open(sql, TENDER_SCHEMA, config.MUTUALIS_BID_SEALING_KEY, 'bid-sealing'),
    },
    {
      provide: PublishedFacts,
      inject: [CONTEXT_SQL],
      useFactory: async (sql: SqlExecutor) => {
        const facts = new PublishedFacts(sql, 'tender', TENDER_SCHEMA);
        await facts.prepare();
        return facts;
      },
    },
    Tenders,
    TenderBoard,
  ],
})
export class TenderModule {}
