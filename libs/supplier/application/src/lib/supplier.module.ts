import { Module } from '@nestjs/common';
import { CONTEXT_SQL, ContextRuntimeModule, KeyVault, PersonalDataReads } from '@mutualis/shared/api';
import { SqlExecutor } from '@mutualis/shared/event-store';
import { supplierDirectory } from './directory/supplier-directory.projection';
import { SupplierDirectory } from './directory/supplier-directory';
import { ComplianceController } from './http/compliance.controller';
import { DirectoryController } from './http/directory.controller';
import { SuppliersController } from './http/suppliers.controller';
import { SupplierImport } from './import/supplier-import';
import { SupplierConfig } from './supplier.config';
import { PERSONAL_DATA, PERSONAL_DATA_READS, SupplierRegistry } from './supplier-registry';
import { DailySweep } from './sweep/daily-sweep';

/**
 * The PostgreSQL schema of the supplier registry: its event store, idempotency records, personal-data keys and the
 * log of personal data reads.
 */
export const SUPPLIER_SCHEMA = 'supplier';

const runtime = ContextRuntimeModule.forContext({
  context: 'supplier',
  schema: SUPPLIER_SCHEMA,
  projections: [supplierDirectory],
});

@Module({
  imports: [runtime],
  controllers: [SuppliersController, ComplianceController, DirectoryController],
  providers: [
    {
      provide: PERSONAL_DATA,
      inject: [SupplierConfig, CONTEXT_SQL],
      useFactory: (config: SupplierConfig, sql: SqlExecutor) =>
        KeyVault.open(sql, SUPPLIER_SCHEMA, config.MUTUALIS_PERSONAL_DATA_KEY, 'personal-data'),
    },
    {
      provide: PERSONAL_DATA_READS,
      inject: [CONTEXT_SQL],
      useFactory: (sql: SqlExecutor) => PersonalDataReads.open(sql, SUPPLIER_SCHEMA),
    },
    SupplierRegistry,
    SupplierDirectory,
    SupplierImport,
    DailySweep,
  ],
})
export class SupplierModule {}
