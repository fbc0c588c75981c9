import { Module } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntimeModule, PublishedFacts } from '@mutualis/shared/api';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { CONTRACT_SCHEMA } from './contract-schema';
import { Contracts } from './contracts';
import { EcbRateHealthController, EcbRateWatch } from './health/ecb-rate-watch';
import { ContractsController } from './http/contracts.controller';
import { ModificationNoticesController } from './http/modification-notices.controller';
import { ExecutionController } from './http/execution.controller';
import { HoldersController } from './http/holders.controller';
import { OrdersController } from './http/orders.controller';
import { contractLedger } from './ledger/contract-ledger.projection';
import { ContractLedger } from './ledger/contract-ledger';
import { ContractOpenings } from './openings/contract-openings';

export { CONTRACT_SCHEMA };

@Module({
  imports: [
    ContextRuntimeModule.forContext({
      context: 'contract',
      schema: CONTRACT_SCHEMA,
      projections: [contractLedger],
      consumers: PublishedFacts.consumers('contract', CONTRACT_SCHEMA),
    }),
  ],
  controllers: [
    ContractsController,
    ExecutionController,
    OrdersController,
    HoldersController,
    EcbRateHealthController,
    ModificationNoticesController,
  ],
  providers: [
    {
      provide: PublishedFacts,
      inject: [CONTEXT_SQL],
      useFactory: async (sql: SqlExecutor) => {
        const facts = new PublishedFacts(sql, 'contract', CONTRACT_SCHEMA);
        await facts.prepare();
        return facts;
      },
    },
    Contracts,
    ContractLedger,
    ContractOpenings,
    EcbRateWatch,
  ],
})
export class ContractModule {}
