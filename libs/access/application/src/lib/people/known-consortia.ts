import {
  ConsortiumEvent,
  ConsortiumFormed,
  eventsTopic,
  learnMembership,
  MembershipFacts,
  membershipContracts,
  NO_MEMBERSHIP_FACTS,
} from '@mutualis/shared/contracts';
import { migrate, Migration, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
import { ConsumerDefinition } from '@mutualis/shared/messaging';

export interface KnownConsortium {
  consortiumId: string;
  name: string;
  kind: string;
  facts: MembershipFacts;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'the groupements and their members, from the membership service’s events',
    sql: (s) => `
      CREATE TABLE ${s}.known_consortia (
        consortium_id uuid PRIMARY KEY, name text NOT NULL, kind text NOT NULL, coordinator_siret text NOT NULL,
        facts jsonb NOT NULL);
      CREATE INDEX known_consortia_coordinator ON ${s}.known_consortia (coordinator_siret);`,
  },
];

const CONSORTIUM_EVENTS = [
  'membership.ConsortiumFormed',
  'membership.MembershipApplied',
  'membership.AdhesionAccepted',
  'membership.WithdrawalRecorded',
];

/**
 * What the access context knows of the groupements, from the membership service's published events: each one's name,
 * coordinator and members, the facts a person's roles are resolved from (an agent of the coordinator, of a member).
 */
export class KnownConsortia {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
  ) {}

  prepare(): Promise<number[]> {
    return migrate(this.sql, this.schema, MIGRATIONS, 'access-known-consortia');
  }

  /** The groupements an organisation coordinates or has applied to, is or was a member of; and those named. */
  async concerning(siret: string | null, named: string[]): Promise<KnownConsortium[]> {
    const { rows } = await this.sql.query<{
      consortium_id: string;
      name: string;
      kind: string;
      facts: MembershipFacts;
    }>(
      `SELECT consortium_id, name, kind, facts FROM ${this.schema}.known_consortia
       WHERE ($1::text IS NOT NULL AND (coordinator_siret = $1 OR jsonb_exists(facts->'members', $1)))
          OR consortium_id = ANY($2::uuid[])
       ORDER BY lower(name), consortium_id`,
      [siret, named],
    );
    return rows.map((row) => ({
      consortiumId: row.consortium_id,
      name: row.name,
      kind: row.kind,
      facts: row.facts,
    }));
  }

  /** The consumer that keeps them. */
  static consumer(schema: string): ConsumerDefinition {
    return {
      name: 'access.known-consortia',
      topics: [eventsTopic('membership')],
      contracts: membershipContracts,
      handles: CONSORTIUM_EVENTS,
      handle: (event, tx) => learn(tx, schema, event.consortiumId, event as unknown as ConsortiumEvent),
    };
  }
}

async function learn(
  tx: SqlQueryable,
  schema: string,
  consortiumId: string,
  event: ConsortiumEvent,
): Promise<void> {
  const { rows } = await tx.query<{ facts: MembershipFacts }>(
    `SELECT facts FROM ${schema}.known_consortia WHERE consortium_id = $1 FOR UPDATE`,
    [consortiumId],
  );
  const facts = learnMembership(rows[0]?.facts ?? NO_MEMBERSHIP_FACTS, event);
  if (event.type === 'membership.ConsortiumFormed') {
    const { name, kind, coordinator } = event.data as ConsortiumFormed;
    await tx.query(
      `INSERT INTO ${schema}.known_consortia (consortium_id, name, kind, coordinator_siret, facts)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (consortium_id) DO NOTHING`,
      [consortiumId, name, kind, coordinator.siret, JSON.stringify(facts)],
    );
    return;
  }
  await tx.query(`UPDATE ${schema}.known_consortia SET facts = $2 WHERE consortium_id = $1`, [
    consortiumId,
    JSON.stringify(facts),
  ]);
}
