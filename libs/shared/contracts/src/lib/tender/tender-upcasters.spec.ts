import { EventEnvelope } from '../envelope';
import { publishedUpcasters } from '../published-upcasters';
import { tenderContracts } from './tender-contracts';

const version2 = {
  tenderId: '0192f0a0-0000-7000-8000-0000000000d1',
  consortiumId: '0192f0a0-0000-7000-8000-0000000000c1',
  object: 'Nettoyage des locaux',
  cpvCode: '90910000-9',
  nature: 'services',
  buyer: 'sub-central',
  lots: [{ number: 1, title: 'Nettoyage', estimatedCents: 8_000_000, smallLotMapa: false }],
  estimatedCents: 8_000_000,
  beneficiaries: ['21440184600016'],
  censusId: null,
  framework: null,
  nonAllotment: { ground: 'cannot-coordinate', motivation: 'Un seul site' },
  turnoverRequirementCents: null,
  innovative: false,
  tieBreak: 'drawing',
};
const stored = (schemaVersion: number, data: object) =>
  ({ type: 'tender.TenderCreated', schemaVersion, data }) as EventEnvelope;

describe('tender.TenderCreated upcasters', () => {
  const registry = publishedUpcasters();
  const meant = {
    reconductions: null,
    placeOfExecution: null,
    executionClauses: {
      socialClause: false,
      reservedContract: false,
      environmentalClause: false,
    },
  };

  it.each([1, 2])(
    'reads version %i as version 3: no reconduction announced, place unknown, no clause',
    (version) => {
      const upcast = registry.upcast(stored(version, version2));
      expect(upcast).toMatchObject({ schemaVersion: 3, data: { ...version2, ...meant } });
      expect(tenderContracts.check(upcast)).toBeNull();
    },
  );

  it('leaves version 3 as written: the reconductions announced stay', () => {
    const current = stored(3, {
      ...version2,
      ...meant,
      reconductions: { initialMonths: 12, count: 3, monthsEach: 12, tacit: true },
    });
    expect(registry.upcast(current)).toBe(current);
  });

  it('a version 2 payload is not a valid version 3 one without its upcaster', () => {
    expect(tenderContracts.check(stored(2, version2))?.reason).toBe('invalid-payload');
  });
});
