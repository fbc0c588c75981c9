import { Pool } from 'pg';
import { pgExecutor } from '@mutualis/shared/event-store';
import { useIntegrationEnvironment } from '@mutualis/shared/testing';
import { Person, SessionStore } from '../lib/sessions/session-store';

const environment = useIntegrationEnvironment();
const HOUR = 3_600_000;
const person: Person = {
  subject: 'demo-claire-martin',
  name: 'Claire Martin',
  email: 'claire.martin@toulouse-metropole.fr',
  organisationSiret: '24310051800014',
};
let pool: Pool;
let sessions: SessionStore;

beforeAll(async () => {
  pool = new Pool({ connectionString: environment().databaseUrl, max: 2 });
  sessions = new SessionStore(pgExecutor(pool), 'access', { lifetimeMs: 8 * HOUR, idleMs: HOUR });
  await sessions.prepare();
});
environment.teardown(() => pool.end());

const at = (iso: string) => new Date(iso);

describe('sessions of the console', () => {
  it('are found by their id while in use, and the id is not what is stored', async () => {
    const { id, expiresAt } = await sessions.open(person, 'id-token', at('2026-12-07T09:00:00Z'));
    expect(expiresAt).toEqual(at('2026-12-07T17:00:00Z'));
    expect(await sessions.find(id, at('2026-12-07T09:30:00Z'))).toMatchObject({
      person,
      idToken: 'id-token',
    });
    const { rows } = await pool.query<{ id_hash: string }>('SELECT id_hash FROM access.sessions');
    expect(rows.map((row) => row.id_hash)).not.toContain(id);
  });

  it('end after an hour without a request, and stay ended', async () => {
    const { id } = await sessions.open(person, null, at('2026-12-07T09:00:00Z'));
    expect(await sessions.find(id, at('2026-12-07T09:50:00Z'))).not.toBeNull();
    expect(await sessions.find(id, at('2026-12-07T10:49:00Z'))).not.toBeNull(); // activity noted at 09:50
    expect(await sessions.find(id, at('2026-12-07T11:50:00Z'))).toBeNull();
    expect(await sessions.find(id, at('2026-12-07T11:51:00Z'))).toBeNull();
  });

  it('end eight hours after sign-in, however busy', async () => {
    const { id } = await sessions.open(person, null, at('2026-12-07T09:00:00Z'));
    for (let minutes = 45; minutes < 8 * 60; minutes += 45) {
      const instant = new Date(at('2026-12-07T09:00:00Z').getTime() + minutes * 60_000);
      expect(await sessions.find(id, instant)).not.toBeNull();
    }
    expect(await sessions.find(id, at('2026-12-07T17:00:00Z'))).toBeNull();
  });

  it('end at logout', async () => {
    const { id } = await sessions.open(person, null, at('2026-12-07T09:00:00Z'));
    await sessions.close(id);
    expect(await sessions.find(id, at('2026-12-07T09:01:00Z'))).toBeNull();
  });
});

describe('sign-ins under way', () => {
  const pending = { codeVerifier: 'verifier', nonce: 'nonce', returnTo: '/groupements' };

  it('serve once', async () => {
    const state = await sessions.beginSignIn(pending, at('2026-12-07T09:00:00Z'));
    expect(await sessions.takeSignIn(state, at('2026-12-07T09:01:00Z'))).toEqual(pending);
    expect(await sessions.takeSignIn(state, at('2026-12-07T09:01:00Z'))).toBeNull();
  });

  it('expire after ten minutes', async () => {
    const state = await sessions.beginSignIn(pending, at('2026-12-07T09:00:00Z'));
    expect(await sessions.takeSignIn(state, at('2026-12-07T09:11:00Z'))).toBeNull();
  });
});
