import { auditContracts } from './audit/audit-contracts';
import { contractContracts } from './contract/contract-contracts';
import { membershipContracts } from './membership/membership-contracts';
import { schemaContract } from './schema-contract';
import { supplierContracts } from './supplier/supplier-contracts';
import { tenderContracts } from './tender/tender-contracts';

describe('schemaContract', () => {
  it.each(
    Object.entries({
      auditContracts,
      contractContracts,
      membershipContracts,
      supplierContracts,
      tenderContracts,
    }),
  )(
    'compiles every schema of %s under strict mode (schemas compile at first use, not at start)',
    (_, set) => {
      expect(set.types.length).toBeGreaterThan(0);
      for (const type of set.types) {
        expect(() => set.check({ type, schemaVersion: 1, data: {} })).not.toThrow();
      }
    },
  );

  it('refuses a schema that strict mode rejects, at its first validation', () => {
    const contract = schemaContract('test.Odd', 1, { type: 'object', properties: {}, unknownKeyword: true });
    expect(() => contract.validate({})).toThrow(/unknown keyword/);
  });

  it('names the path of each problem', () => {
    const contract = schemaContract('test.Lot', 1, {
      type: 'object',
      properties: { lotNumber: { type: 'integer', minimum: 1 } },
      required: ['lotNumber'],
    });
    expect(contract.validate({ lotNumber: 0 })).toEqual(['data.lotNumber must be >= 1']);
    expect(contract.validate({ lotNumber: 2 })).toEqual([]);
  });
});
