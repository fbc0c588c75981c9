import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';
import { Principal } from '../auth/principal';

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'every read of decrypted personal data: who, whose, why',
    sql: (s) => `
      -- One row per read of personal data in clear, written before the data is decrypted: no row, no data.
      CREATE TABLE ${s}.personal_data_reads (
        read_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        read_at timestamptz NOT NULL DEFAULT now(),
        reader_user_id text NOT NULL,
        reader_role text NOT NULL,
        reader_siret text,
        subject text NOT NULL,
        person_ids uuid[] NOT NULL,
        purpose text NOT NULL,
        correlation_id text NOT NULL
      );
      CREATE INDEX personal_data_reads_by_subject ON ${s}.personal_data_reads (subject, read_id);

      -- The log is append-only, like the event store: a read once logged cannot be hidden by the service.
      CREATE FUNCTION ${s}.refuse_personal_data_read_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal data reads are append-only: % refused', TG_OP
          USING ERRCODE = 'integrity_constraint_violation';
      END $$;
      CREATE TRIGGER personal_data_reads_append_only BEFORE UPDATE OR DELETE ON ${s}.personal_data_reads
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_personal_data_read_change();`,
  },
];

/** A read of decrypted personal data, as the log keeps it. */
export interface PersonalDataRead {
  /** Who read: the token's user, role and, for a supplier or member buyer, the SIRET it acts for. */
  reader: Pick<Principal, 'userId' | 'role' | 'supplierSiret' | 'authoritySiret'>;
  /** Whose data: the record holding the persons (e.g. `supplier-73282932000074`). */
  subject: string;
  /** The persons whose data was decrypted (their random ids, which say nothing once their key is erased). */
  personIds: readonly string[];
  /** Why: the entitlement the reader used and the route read (e.g. `own-record: GET /suppliers/{siret}`). */
  purpose: string;
  correlationId: string;
}

/** Who asks for personal data in clear, through which route and request: what a read is logged with. */
export interface PersonalDataReader {
  principal: Principal;
  /** The route read, as declared (`GET /suppliers/{supplierSiret}`). */
  route: string;
  correlationId: string;
}

/** A logged read, with its instant. */
export interface LoggedPersonalDataRead extends PersonalDataRead {
  readAt: string;
}

/**
 * The log of every read of personal data in clear, in the schema of the service holding the data (beside its
 * `personal_data_keys`): a read is logged in the same database, before the data is decrypted, so a read that could
 * not be logged never shows the data (RGPD art. 5.2, accountability; art. 15, the recipients a person may ask for).
 */
export class PersonalDataReads {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly table: string,
  ) {}

  static async open(sql: SqlExecutor, schema: string): Promise<PersonalDataReads> {
    await migrate(sql, schema, MIGRATIONS, 'personal-data-reads');
    return new PersonalDataReads(sql, `${schema}.personal_data_reads`);
  }

  async record(read: PersonalDataRead): Promise<void> {
    const { reader } = read;
    await this.sql.query(
      `INSERT INTO ${this.table}
         (reader_user_id, reader_role, reader_siret, subject, person_ids, purpose, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        reader.userId,
        reader.role,
        reader.supplierSiret ?? reader.authoritySiret ?? null,
        read.subject,
        read.personIds,
        read.purpose,
        read.correlationId,
      ],
    );
  }

  /** The reads of a subject's personal data, oldest first, at most `limit`. */
  async of(subject: string, limit = 500): Promise<LoggedPersonalDataRead[]> {
    const { rows } = await this.sql.query<{
      read_at: Date | string;
      reader_user_id: string;
      reader_role: Principal['role'];
      reader_siret: string | null;
      subject: string;
      person_ids: string[];
      purpose: string;
      correlation_id: string;
    }>(
      `SELECT read_at, reader_user_id, reader_role, reader_siret, subject, person_ids, purpose, correlation_id
       FROM ${this.table} WHERE subject = $1 ORDER BY read_id LIMIT $2`,
      [subject, limit],
    );
    return rows.map((row) => ({
      readAt: new Date(row.read_at).toISOString(),
      reader: {
        userId: row.reader_user_id,
        role: row.reader_role,
        ...(row.reader_siret === null
          ? {}
          : row.reader_role === 'member-buyer'
            ? { authoritySiret: row.reader_siret }
            : { supplierSiret: row.reader_siret }),
      },
      subject: row.subject,
      personIds: row.person_ids,
      purpose: row.purpose,
      correlationId: row.correlation_id,
    }));
  }
}
