import { createHash, randomBytes } from 'node:crypto';
import { migrate, Migration, SqlExecutor } from '@mutualis/shared/event-store';

/** Who signed in, as the OpenID provider vouched for them. */
export interface Person {
  /** The provider's stable, pseudonymous identifier: what the events record as the actor. */
  subject: string;
  name: string | null;
  email: string | null;
  /** The SIRET of the organisation the person works for (ProConnect's `siret`), or null. */
  organisationSiret: string | null;
}

export interface Session {
  person: Person;
  csrfToken: string;
  /** The provider's ID token, for the logout at the provider. */
  idToken: string | null;
  expiresAt: Date;
}

/** A sign-in under way: what the callback must find again, kept server-side under the `state` it sent. */
export interface PendingSignIn {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'sign-ins under way, sessions, and the people known to have signed in',
    sql: (s) => `
      CREATE TABLE ${s}.sign_ins (
        state text PRIMARY KEY, code_verifier text NOT NULL, nonce text NOT NULL, return_to text NOT NULL,
        started_at timestamptz NOT NULL);
      CREATE TABLE ${s}.sessions (
        id_hash text PRIMARY KEY, person jsonb NOT NULL, csrf_token text NOT NULL, id_token text,
        started_at timestamptz NOT NULL, expires_at timestamptz NOT NULL, last_seen_at timestamptz NOT NULL);
      CREATE INDEX sessions_expiry ON ${s}.sessions (expires_at);
      CREATE TABLE ${s}.people (
        subject text PRIMARY KEY, name text, email text, organisation_siret text,
        last_signed_in_at timestamptz NOT NULL);`,
  },
];

/** A sign-in must come back from the provider within this time. */
const SIGN_IN_PATIENCE_MS = 10 * 60_000;
/** Activity is written down at most this often: a page's burst of calls costs one update. */
const ACTIVITY_GRAIN_MS = 60_000;

const hashOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');
const randomToken = () => randomBytes(32).toString('base64url');

/**
 * Sessions kept server-side, in the access context's schema: the browser holds only a random session id (its hash
 * is stored, never the id), the provider's tokens stay here. A session ends at logout, after `lifetimeMs` from its
 * start, or after `idleMs` without a request.
 */
export class SessionStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly schema: string,
    private readonly limits: { lifetimeMs: number; idleMs: number },
  ) {}

  prepare(): Promise<number[]> {
    return migrate(this.sql, this.schema, MIGRATIONS, 'access-sessions');
  }

  /** Records a sign-in leaving for the provider; its `state`. Sign-ins abandoned long ago are swept. */
  async beginSignIn(pending: PendingSignIn, now = new Date()): Promise<string> {
    const state = randomToken();
    await this.sql.query(`DELETE FROM ${this.schema}.sign_ins WHERE started_at < $1`, [
      new Date(now.getTime() - SIGN_IN_PATIENCE_MS),
    ]);
    await this.sql.query(
      `INSERT INTO ${this.schema}.sign_ins (state, code_verifier, nonce, return_to, started_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [state, pending.codeVerifier, pending.nonce, pending.returnTo, now],
    );
    return state;
  }

  /** The sign-in `state` names, taken (it serves once); null when unknown, already used or too old. */
  async takeSignIn(state: string, now = new Date()): Promise<PendingSignIn | null> {
    const { rows } = await this.sql.query<{
      code_verifier: string;
      nonce: string;
      return_to: string;
      started_at: Date;
    }>(
      `DELETE FROM ${this.schema}.sign_ins WHERE state = $1
       RETURNING code_verifier, nonce, return_to, started_at`,
      [state],
    );
    const row = rows[0];
    if (!row || now.getTime() - new Date(row.started_at).getTime() > SIGN_IN_PATIENCE_MS) return null;
    return { codeVerifier: row.code_verifier, nonce: row.nonce, returnTo: row.return_to };
  }

  /** Opens a session for the person; the id to put in the cookie, and when the session ends. */
  async open(
    person: Person,
    idToken: string | null,
    now = new Date(),
  ): Promise<{ id: string; expiresAt: Date }> {
    const id = randomToken();
    const expiresAt = new Date(now.getTime() + this.limits.lifetimeMs);
    await this.sql.query(`DELETE FROM ${this.schema}.sessions WHERE expires_at < $1`, [now]);
    await this.sql.query(
      `INSERT INTO ${this.schema}.sessions (id_hash, person, csrf_token, id_token, started_at, expires_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5)`,
      [hashOf(id), JSON.stringify(person), randomToken(), idToken, now, expiresAt],
    );
    await this.sql.query(
      `INSERT INTO ${this.schema}.people (subject, name, email, organisation_siret, last_signed_in_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (subject) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
         organisation_siret = EXCLUDED.organisation_siret, last_signed_in_at = EXCLUDED.last_signed_in_at`,
      [person.subject, person.name, person.email, person.organisationSiret, now],
    );
    return { id, expiresAt };
  }

  /** The session of this id, still open, its activity noted; null when there is none (or no longer). */
  async find(id: string, now = new Date()): Promise<Session | null> {
    const { rows } = await this.sql.query<{
      person: Person;
      csrf_token: string;
      id_token: string | null;
      expires_at: Date;
      last_seen_at: Date;
    }>(
      `SELECT person, csrf_token, id_token, expires_at, last_seen_at FROM ${this.schema}.sessions WHERE id_hash = $1`,
      [hashOf(id)],
    );
    const row = rows[0];
    if (!row) return null;
    const expiresAt = new Date(row.expires_at);
    const lastSeen = new Date(row.last_seen_at).getTime();
    if (expiresAt <= now || now.getTime() - lastSeen > this.limits.idleMs) {
      await this.close(id);
      return null;
    }
    if (now.getTime() - lastSeen > ACTIVITY_GRAIN_MS) {
      await this.sql.query(`UPDATE ${this.schema}.sessions SET last_seen_at = $2 WHERE id_hash = $1`, [
        hashOf(id),
        now,
      ]);
    }
    return { person: row.person, csrfToken: row.csrf_token, idToken: row.id_token, expiresAt };
  }

  async close(id: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.schema}.sessions WHERE id_hash = $1`, [hashOf(id)]);
  }
}
