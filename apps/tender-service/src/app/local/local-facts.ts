import { Inject, Injectable } from '@nestjs/common';
import { CONTEXT_SQL } from '@mutualis/shared/api';
import {
  ConsortiumEvent,
  EligibilityFacts,
  eventsTopic,
  learnEligibility,
  learnMembership,
  MembershipFacts,
  membershipContracts,
  NO_ELIGIBILITY_FACTS,
  NO_MEMBERSHIP_FACTS,
  SupplierEvent,
  supplierContracts,
} from '@mutualis/shared/contracts';
import { migrate, Migration, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
import { ConsumerDefinition } from '@mutualis/shared/messaging';

export const TENDER_SCHEMA = 'tender';

const LOCAL_FACTS_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'what the tender service knows of suppliers and consortia, from their events',
    sql: (s) => `
      CREATE TABLE ${s}.supplier_eligibility (siret text PRIMARY KEY, facts jsonb NOT NULL);
      CREATE TABLE ${s}.consortium_membership (consortium_id uuid PRIMARY KEY, facts jsonb NOT NULL);`,
  },
];

const CONSORTIUM_EVENTS = [
  'membership.ConsortiumFormed',
  'membership.MembershipApplied',
  'membership.AdhesionAccepted',
  'membership.WithdrawalRecorded',
  'membership.ProcedureLaunched',
];

/**
 * The tender service's own copy of what other contexts published (architecture §2): each supplier's eligibility
 * facts and each consortium's membership facts, folded with the published views from the events consumed, so that
 * bids and launches are decided without calling the other services.
 */
@Injectable()
export class LocalFacts {
  constructor(@Inject(CONTEXT_SQL) private readonly sql: SqlExecutor) {}

  prepare(): Promise<number[]> {
    return migrate(this.sql, TENDER_SCHEMA, LOCAL_FACTS_MIGRATIONS, 'tender-local-facts');
  }

  async eligibility(siret: string): Promise<EligibilityFacts> {
    const { rows } = await this.sql.query<{ facts: EligibilityFacts }>(
      `SELECT facts FROM ${TENDER_SCHEMA}.supplier_eligibility WHERE siret = $1`,
      [siret],
    );
    return rows[0]?.facts ?? NO_ELIGIBILITY_FACTS;
  }

  async membership(consortiumId: string): Promise<MembershipFacts> {
    const { rows } = await this.sql.query<{ facts: MembershipFacts }>(
      `SELECT facts FROM ${TENDER_SCHEMA}.consortium_membership WHERE consortium_id = $1`,
      [consortiumId],
    );
    return rows[0]?.facts ?? NO_MEMBERSHIP_FACTS;
  }
}

/** Keeps each supplier's eligibility facts from the supplier registry's events. */
export const supplierEligibilityConsumer: ConsumerDefinition = {
  name: 'tender.supplier-eligibility',
  topics: [eventsTopic('supplier')],
  contracts: supplierContracts,
  streamOrder: true,
  handle: (event, tx) =>
    fold(
      tx,
      'supplier_eligibility',
      'siret',
      event.streamId.slice('supplier-'.length),
      NO_ELIGIBILITY_FACTS,
      (facts) => learnEligibility(facts, event as SupplierEvent),
    ),
};

/** Keeps each consortium's membership facts from the membership service's events. */
export const consortiumMembershipConsumer: ConsumerDefinition = {
  name: 'tender.consortium-membership',
  topics: [eventsTopic('membership')],
  contracts: membershipContracts,
  handles: CONSORTIUM_EVENTS,
  handle: (event, tx) =>
    fold(tx, 'consortium_membership', 'consortium_id', event.consortiumId, NO_MEMBERSHIP_FACTS, (facts) =>
      learnMembership(facts, event as ConsortiumEvent),
    ),
};

async function fold<Facts>(
  tx: SqlQueryable,
  table: string,
  key: string,
  id: string,
  initial: Facts,
  learn: (facts: Facts) => Facts,
): Promise<void> {
  const { rows } = await tx.query<{ facts: Facts }>(
    `SELECT facts FROM ${TENDER_SCHEMA}.${table} WHERE ${key} = $1 FOR UPDATE`,
    [id],
  );
  const facts = learn(rows[0]?.facts ?? initial);
  await tx.query(
    `INSERT INTO ${TENDER_SCHEMA}.${table} (${key}, facts) VALUES ($1, $2)
     ON CONFLICT (${key}) DO UPDATE SET facts = EXCLUDED.facts`,
    [id, JSON.stringify(facts)],
  );
}
