import { Upcaster } from '../upcasters';
import { NO_EXECUTION_CLAUSES, TenderCreated } from './tender-events';

/**
 * The steps that bring the tender's stored events to the shape of their contract's current version. The stores apply
 * them on read (the stored form and its content hash never change), and so do the consumers of the tender's topic.
 */
export const tenderUpcasters: Upcaster[] = [
  // Version 2 only added optional properties: a version 1 payload means the same as version 2.
  { type: 'tender.TenderCreated', fromVersion: 1, upcast: (data) => data },
  {
    type: 'tender.TenderCreated',
    fromVersion: 2,
    upcast: (data): TenderCreated => ({
      ...(data as Omit<TenderCreated, 'reconductions' | 'placeOfExecution' | 'executionClauses'>),
      // Before version 3 the consultation announced no reconduction (they were given at the notification), stated
      // no place of execution and no clause of execution.
      reconductions: null,
      placeOfExecution: null,
      executionClauses: { ...NO_EXECUTION_CLAUSES },
    }),
  },
];
