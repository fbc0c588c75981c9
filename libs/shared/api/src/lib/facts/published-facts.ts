import {
  CensusClosed,
  ClosedCensus,
  ConsortiumEvent,
  Context,
  DocumentFiled,
  EventEnvelope,
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
  VigilanceLapsed,
} from '@mutualis/shared/contracts';
import { migrate, Migration, SqlExecutor, SqlQueryable } from '@mutualis/shared/event-store';
import { ConsumerDefinition } from '@mutualis/shared/messaging';

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'what the service knows of suppliers and consortia, from their events',
    sql: (s) => `
      CREATE TABLE ${s}.supplier_eligibility (siret text PRIMARY KEY, facts jsonb NOT NULL);
      CREATE TABLE ${s}.consortium_membership (consortium_id uuid PRIMARY KEY, facts jsonb NOT NULL);`,
  },
  {
    version: 2,
    name: 'the closed needs censuses, which the procedures answering them must cover',
    sql: (s) => `CREATE TABLE ${s}.closed_censuses (census_id uuid PRIMARY KEY, census jsonb NOT NULL);`,
  },
  {
    version: 3,
    name: 'the suppliers whose attestation de vigilance lapsed, as the registry reported it',
    sql: (s) => `
      CREATE TABLE ${s}.vigilance_lapses (siret text PRIMARY KEY, document_id uuid NOT NULL, expired_on date NOT NULL);`,
  },
];

/** A supplier whose attestation de vigilance lapsed with no newer one filed, as the registry's sweep reported it. */
export interface VigilanceLapse {
  siret: string;
  documentId: string;
  expiredOn: string;
}

const CONSORTIUM_EVENTS = [
  'membership.ConsortiumFormed',
  'membership.MembershipApplied',
  'membership.AdhesionAccepted',
  'membership.WithdrawalRecorded',
  'membership.ProcedureLaunched',
];

/**
 * A service's own copy of what the supplier registry and the membership service published (architecture §2): each
 * supplier's eligibility facts and each consortium's membership facts, folded with the published views from the
 * events consumed, so that the service decides without calling the others. Its consumers are `consumers()`.
 */
export class PublishedFacts {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly context: Context,
    private readonly schema: string,
  ) {}

  prepare(): Promise<number[]> {
    return migrate(this.sql, this.schema, MIGRATIONS, `${this.context}-local-facts`);
  }

  async eligibility(siret: string): Promise<EligibilityFacts> {
    const { rows } = await this.sql.query<{ facts: EligibilityFacts }>(
      `SELECT facts FROM ${this.schema}.supplier_eligibility WHERE siret = $1`,
      [siret],
    );
    return rows[0]?.facts ?? NO_ELIGIBILITY_FACTS;
  }

  async membership(consortiumId: string): Promise<MembershipFacts> {
    const { rows } = await this.sql.query<{ facts: MembershipFacts }>(
      `SELECT facts FROM ${this.schema}.consortium_membership WHERE consortium_id = $1`,
      [consortiumId],
    );
    return rows[0]?.facts ?? NO_MEMBERSHIP_FACTS;
  }

  /** The needs census as closed, or null while it is open or unknown here. */
  async closedCensus(censusId: string): Promise<ClosedCensus | null> {
    const { rows } = await this.sql.query<{ census: ClosedCensus }>(
      `SELECT census FROM ${this.schema}.closed_censuses WHERE census_id = $1`,
      [censusId],
    );
    return rows[0]?.census ?? null;
  }

  /** Which of these suppliers have a lapsed attestation de vigilance, reported and not yet followed by a new one. */
  async vigilanceLapses(sirets: string[]): Promise<VigilanceLapse[]> {
    const { rows } = await this.sql.query<{ siret: string; document_id: string; expired_on: string }>(
      `SELECT siret, document_id, expired_on::text FROM ${this.schema}.vigilance_lapses WHERE siret = ANY($1)
       ORDER BY siret`,
      [sirets],
    );
    return rows.map((row) => ({ siret: row.siret, documentId: row.document_id, expiredOn: row.expired_on }));
  }

  /**
   * The consumers that keep the facts, one per topic: the supplier registry's (eligibility, vigilance lapses) and
   * the membership service's (consortium membership, closed censuses).
   */
  static consumers(context: Context, schema: string): ConsumerDefinition[] {
    return [
      {
        name: `${context}.supplier-eligibility`,
        topics: [eventsTopic('supplier')],
        contracts: supplierContracts,
        streamOrder: true,
        handle: async (event, tx) => {
          const siret = event.streamId.slice('supplier-'.length);
          await fold<EligibilityFacts>(tx, `${schema}.supplier_eligibility`, 'siret', siret, (facts) =>
            learnEligibility(facts ?? NO_ELIGIBILITY_FACTS, event as SupplierEvent),
          );
          await learnVigilanceLapse(tx, schema, siret, event);
        },
      },
      {
        name: `${context}.consortium-membership`,
        topics: [eventsTopic('membership')],
        contracts: membershipContracts,
        handles: [...CONSORTIUM_EVENTS, 'membership.CensusClosed'],
        handle: async (event, tx) => {
          if (event.type === 'membership.CensusClosed') return keepClosedCensus(tx, schema, event);
          await fold<MembershipFacts>(
            tx,
            `${schema}.consortium_membership`,
            'consortium_id',
            event.consortiumId,
            (facts) => learnMembership(facts ?? NO_MEMBERSHIP_FACTS, event as ConsortiumEvent),
          );
        },
      },
    ];
  }
}

/** A lapse the registry's sweep reported is kept until a new attestation de vigilance is filed. */
async function learnVigilanceLapse(tx: SqlQueryable, schema: string, siret: string, event: EventEnvelope) {
  if (event.type === 'supplier.VigilanceLapsed') {
    const { documentId, expiredOn } = event.data as VigilanceLapsed;
    await tx.query(
      `INSERT INTO ${schema}.vigilance_lapses (siret, document_id, expired_on) VALUES ($1, $2, $3)
       ON CONFLICT (siret) DO UPDATE SET document_id = EXCLUDED.document_id, expired_on = EXCLUDED.expired_on`,
      [siret, documentId, expiredOn],
    );
  } else if (
    event.type === 'supplier.DocumentFiled' &&
    (event.data as DocumentFiled).kind === 'urssaf-vigilance'
  ) {
    // A new attestation ends the lapse; should it lapse in turn, the registry's sweep reports it again.
    await tx.query(`DELETE FROM ${schema}.vigilance_lapses WHERE siret = $1`, [siret]);
  }
}

async function keepClosedCensus(tx: SqlQueryable, schema: string, event: EventEnvelope): Promise<void> {
  const census: ClosedCensus = {
    censusId: event.streamId.slice('census-'.length),
    consortiumId: event.consortiumId,
    ...(event.data as CensusClosed),
  };
  await tx.query(
    `INSERT INTO ${schema}.closed_censuses (census_id, census) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [census.censusId, JSON.stringify(census)],
  );
}

/**
 * Folds one more event into the facts kept as JSON under `id` in `table` (`key` its primary key), inside the
 * consumer's transaction, the row locked: what a service keeps of another context's stream.
 */
export async function fold<Facts>(
  tx: SqlQueryable,
  table: string,
  key: string,
  id: string,
  learn: (facts: Facts | undefined) => Facts,
): Promise<Facts> {
  const { rows } = await tx.query<{ facts: Facts }>(
    `SELECT facts FROM ${table} WHERE ${key} = $1 FOR UPDATE`,
    [id],
  );
  const facts = learn(rows[0]?.facts);
  await tx.query(
    `INSERT INTO ${table} (${key}, facts) VALUES ($1, $2) ON CONFLICT (${key}) DO UPDATE SET facts = EXCLUDED.facts`,
    [id, JSON.stringify(facts)],
  );
  return facts;
}
