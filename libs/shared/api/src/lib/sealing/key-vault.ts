import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError } from '@mutualis/shared/event-sourcing';
import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';

const FORMAT = 'pd1';
const ALGORITHM = 'aes-256-gcm';
/** Full-length tags only: GCM would otherwise accept truncated ones, which are far easier to forge. */
const TAG_BYTES = 16;

/**
 * What a vault seals: the personal data of individuals (a key per person, erased for a GDPR erasure), or the bids
 * of a tender (a key per tender, so that no bid can be read before its opening without the master key).
 */
export type VaultPurpose = 'personal-data' | 'bid-sealing';

const tableOf = (purpose: VaultPurpose) => `${purpose.replace('-', '_')}_keys`;

const migrationsOf = (purpose: VaultPurpose): Migration[] => [
  {
    version: 1,
    name: `${purpose}: one key per subject`,
    sql: (s) => `
      -- A subject's key, itself encrypted with the service's master key. Erasing the key (GDPR art. 17) makes every
      -- copy of the subject's sealed data unreadable, in events and exports alike, while event hashes stay verifiable.
      CREATE TABLE ${s}.${tableOf(purpose)} (
        subject_id uuid PRIMARY KEY,
        wrapped_key bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz
      );`,
  },
];

/**
 * Seals data with a key per subject (a person, a tender), so that events never hold it in clear and forgetting a
 * subject is one deleted key. The subjects' keys are stored wrapped by the master key, which comes from the
 * environment only: reading the database alone reveals nothing.
 */
export class KeyVault {
  private readonly table: string;

  private constructor(
    private readonly sql: SqlExecutor,
    schema: string,
    private readonly masterKey: Buffer,
    purpose: VaultPurpose,
  ) {
    this.table = `${schema}.${tableOf(purpose)}`;
  }

  /** Opens the vault of a purpose in a schema, creating its table; the master key is 32 bytes, base64-encoded. */
  static async open(
    sql: SqlExecutor,
    schema: string,
    masterKeyBase64: string,
    purpose: VaultPurpose,
  ): Promise<KeyVault> {
    const masterKey = Buffer.from(masterKeyBase64, 'base64');
    if (masterKey.length !== 32)
      throw new Error(`the ${purpose} master key must be 32 bytes, base64-encoded`);
    await migrate(sql, schema, migrationsOf(purpose), purpose);
    return new KeyVault(sql, schema, masterKey, purpose);
  }

  /** The subject's data sealed under their key (created on first use); refused once their key was erased. */
  async seal(subjectId: string, data: object): Promise<string> {
    const key = await this.keyOf(subjectId, { create: true });
    if (!key) throw new PersonalDataErasedError(subjectId);
    return [FORMAT, ...encrypt(key, Buffer.from(JSON.stringify(data)), subjectId)].join('.');
  }

  /** The subject's data, or null when their key has been erased. */
  async reveal<Data extends object>(subjectId: string, sealed: string): Promise<Data | null> {
    const key = await this.keyOf(subjectId, { create: false });
    if (!key) return null;
    const [format, iv, ciphertext, tag] = sealed.split('.');
    if (format !== FORMAT || !iv || !ciphertext || !tag) throw new Error('not sealed personal data');
    return JSON.parse(decrypt(key, [iv, ciphertext, tag], subjectId).toString('utf8')) as Data;
  }

  /** Erases the subject's key: every sealed copy of their data becomes unreadable for good. */
  async erase(subjectId: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.table} AS k (subject_id, wrapped_key, erased_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, erased_at = COALESCE(k.erased_at, now())`,
      [subjectId],
    );
  }

  private async keyOf(subjectId: string, { create }: { create: boolean }): Promise<Buffer | null> {
    if (create) {
      const wrapped = encrypt(this.masterKey, randomBytes(32), subjectId).join('.');
      await this.sql.query(
        `INSERT INTO ${this.table} (subject_id, wrapped_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [subjectId, Buffer.from(wrapped)],
      );
    }
    const { rows } = await this.sql.query<{ wrapped_key: Buffer | null }>(
      `SELECT wrapped_key FROM ${this.table} WHERE subject_id = $1`,
      [subjectId],
    );
    const wrapped = rows[0]?.wrapped_key;
    if (!wrapped) return null;
    return decrypt(this.masterKey, wrapped.toString().split('.'), subjectId);
  }
}

function encrypt(key: Buffer, plain: Buffer, subjectId: string): string[] {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(subjectId));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
}

function decrypt(key: Buffer, [iv, ciphertext, tag]: string[], subjectId: string): Buffer {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv ?? '', 'base64url'), {
    authTagLength: TAG_BYTES,
  }).setAAD(Buffer.from(subjectId));
  decipher.setAuthTag(Buffer.from(tag ?? '', 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext ?? '', 'base64url')), decipher.final()]);
}

/** The subject's key was erased (GDPR): their data cannot be recorded again under the same person id. */
export class PersonalDataErasedError extends DomainError {
  constructor(subjectId: string) {
    super(`the personal data of ${subjectId} was erased; it cannot be recorded again`, {
      rule: 'personal-data-erased',
      legalReference: 'RGPD art. 17',
      values: { subjectId },
    });
  }
}
