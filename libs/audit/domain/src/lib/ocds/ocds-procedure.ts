import {
  ContractOpened,
  InvoiceReceived,
  LotClosedWithoutAward,
  OrderPlaced,
} from '@mutualis/shared/contracts';
import { isCivilDate, startOfParisDay } from '@mutualis/procurement-rules';
import { Json } from './ocds-merge';
import { PartyRoles } from './ocds-parties';

/** What the releases of one procedure need to know of the steps before. */
export interface Procedure {
  ocid: string;
  tenderId: string;
  lots: Map<number, string>;
  criteria: Map<number, string>;
  bidders: Map<string, string>;
  published: boolean;
  /** The award in force per lot, by its OCDS id. */
  awards: Map<number, string>;
  closedLots: Map<number, LotClosedWithoutAward['outcome'] | 'signed'>;
  /** The contract streams of the procedure, by contract id. */
  contracts: Map<string, ContractOpened>;
  orders: Map<string, OrderPlaced>;
  invoices: Map<string, InvoiceReceived>;
  /** Each party's roles so far: a release names a party with all its roles, since OCDS replaces the list. */
  roles: PartyRoles;
}

/** One business step made public: its OCDS tag and what its release says. */
export interface Step {
  tag: string;
  fields: Record<string, Json>;
}

export const value = (cents: number) => ({ amount: cents / 100, currency: 'EUR' });
export const awardId = (lot: number, bidId: string) => `lot-${lot}-${bidId}`;
/** OCDS dates are instants; a civil date stands for the start of its day in Paris. */
export const instant = (day: string) => (isCivilDate(day) ? startOfParisDay(day) : day);
