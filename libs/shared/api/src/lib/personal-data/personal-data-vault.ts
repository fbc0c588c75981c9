import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError } from '@mutualis/shared/event-sourcing';
import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';

const FORMAT = 'pd1';
const ALGORITHM = 'aes-256-gcm';
/** Full-length tags only: GCM would otherwise accept truncated ones, which are far easier to forge. */
const TAG_BYTES = 16;

const VAULT_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'personal data: one key per person',
    sql: (s) => `
      -- A person's key, itself encrypted with the service's master key. Erasing the key (GDPR art. 17) makes every
      -- copy of their sealed data unreadable, in events and exports alike, while event hashes stay verifiable.
      CREATE TABLE ${s}.person_keys (
        person_id uuid PRIMARY KEY,
        wrapped_key bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz
      );`,
  },
];

/**
 * Seals the personal data of individuals (contacts, agents) with a key per person, so that events never hold them
 * in clear and an erasure is one deleted key. The per-person keys are stored wrapped by the master key, which comes
 * from the environment only.
 */
export class PersonalDataVault {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
    private readonly masterKey: Buffer,
  ) {}

  /** Opens the vault in a schema, creating its table; the master key is 32 bytes, base64-encoded. */
  static async open(sql: SqlExecutor, schema: string, masterKeyBase64: string): Promise<PersonalDataVault> {
    const masterKey = Buffer.from(masterKeyBase64, 'base64');
    if (masterKey.length !== 32)
      throw new Error('the personal-data master key must be 32 bytes, base64-encoded');
    await migrate(sql, schema, VAULT_MIGRATIONS, 'personal-data');
    return new PersonalDataVault(sql, schema, masterKey);
  }

  /** The person's data sealed under their key (created on first use); refused once their key was erased. */
  async seal(personId: string, data: object): Promise<string> {
    const key = await this.keyOf(personId, { create: true });
    if (!key) throw new PersonalDataErasedError(personId);
    return [FORMAT, ...encrypt(key, Buffer.from(JSON.stringify(data)), personId)].join('.');
  }

  /** The person's data, or null when their key has been erased. */
  async reveal<Data extends object>(personId: string, sealed: string): Promise<Data | null> {
    const key = await this.keyOf(personId, { create: false });
    if (!key) return null;
    const [format, iv, ciphertext, tag] = sealed.split('.');
    if (format !== FORMAT || !iv || !ciphertext || !tag) throw new Error('not sealed personal data');
    return JSON.parse(decrypt(key, [iv, ciphertext, tag], personId).toString('utf8')) as Data;
  }

  /** Erases the person's key: every sealed copy of their data becomes unreadable for good. */
  async erase(personId: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.schema}.person_keys (person_id, wrapped_key, erased_at) VALUES ($1, NULL, now())
       ON CONFLICT (person_id) DO UPDATE SET wrapped_key = NULL, erased_at = COALESCE(person_keys.erased_at, now())`,
      [personId],
    );
  }

  private async keyOf(personId: string, { create }: { create: boolean }): Promise<Buffer | null> {
    if (create) {
      const wrapped = encrypt(this.masterKey, randomBytes(32), personId).join('.');
      await this.sql.query(
        `INSERT INTO ${this.schema}.person_keys (person_id, wrapped_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [personId, Buffer.from(wrapped)],
      );
    }
    const { rows } = await this.sql.query<{ wrapped_key: Buffer | null }>(
      `SELECT wrapped_key FROM ${this.schema}.person_keys WHERE person_id = $1`,
      [personId],
    );
    const wrapped = rows[0]?.wrapped_key;
    if (!wrapped) return null;
    return decrypt(this.masterKey, wrapped.toString().split('.'), personId);
  }
}

function encrypt(key: Buffer, plain: Buffer, personId: string): string[] {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv).setAAD(Buffer.from(personId));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString('base64url'));
}

function decrypt(key: Buffer, [iv, ciphertext, tag]: string[], personId: string): Buffer {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv ?? '', 'base64url'), {
    authTagLength: TAG_BYTES,
  }).setAAD(Buffer.from(personId));
  decipher.setAuthTag(Buffer.from(tag ?? '', 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext ?? '', 'base64url')), decipher.final()]);
}

/** The person's key was erased (GDPR): their data cannot be recorded again under the same person id. */
export class PersonalDataErasedError extends DomainError {
  constructor(personId: string) {
    super(`the personal data of ${personId} was erased; it cannot be recorded again`, {
      rule: 'personal-data-erased',
      legalReference: 'RGPD art. 17',
      values: { personId },
    });
  }
}
