import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier, localSecrets } from '@mutualis/shared/api';
import { runCli } from './cli';
import { CliIo } from './cli-io';

const SECRET = 'cli-test-secret-of-at-least-32-characters';
const CONSORTIUM = '0190c6a4-7c1e-7000-8000-00000000000a';
const OTHER = '0190c6a4-7c1e-7000-8000-00000000000b';

async function run(args: string[], env: NodeJS.ProcessEnv = { MUTUALIS_JWT_SECRET: SECRET }) {
  const output = { out: '', err: '' };
  const io: CliIo = { env, out: (text) => (output.out += text), err: (text) => (output.err += text) };
  const status = await runCli(args, io);
  return { status, ...output };
}

const verifier = createTokenVerifier({
  algorithm: 'HS256',
  secret: SECRET,
  issuer: 'mutualis',
  audience: 'mutualis',
});

describe('mutualis token', () => {
  it("prints a token, alone on stdout, that the platform's verifier accepts for the principal asked", async () => {
    const { status, out, err } = await run(['token', '--role', 'coordinator', '--consortium', CONSORTIUM]);
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(await verifier.verify(out.trim())).toEqual({
      userId: 'local-coordinator',
      role: 'coordinator',
      consortia: [CONSORTIUM],
    });
  });

  it('names several consortia, the user and the authority a member buyer acts for', async () => {
    const { out } = await run([
      'token',
      '--role=member-buyer',
      '--consortium',
      CONSORTIUM,
      '--consortium',
      OTHER,
      '--authority-siret',
      '21640102400013',
      '--user',
      'agent.mairie-bayonne',
    ]);
    expect(await verifier.verify(out.trim())).toEqual({
      userId: 'agent.mairie-bayonne',
      role: 'member-buyer',
      consortia: [CONSORTIUM, OTHER],
      authoritySiret: '21640102400013',
    });
  });

  it('gives the token the lifetime asked, 8 hours by default', async () => {
    const lifetime = (token: string) => {
      const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
      return payload.exp - payload.iat;
    };
    const base = ['token', '--role', 'auditor', '--consortium', CONSORTIUM];
    expect(lifetime((await run(base)).out)).toBe(8 * 3600);
    expect(lifetime((await run([...base, '--ttl', '30m'])).out)).toBe(1800);
  });

  it('signs for the issuer and audience the services are configured with', async () => {
    const env = {
      MUTUALIS_JWT_SECRET: SECRET,
      MUTUALIS_JWT_ISSUER: 'idp.region',
      MUTUALIS_JWT_AUDIENCE: 'tender',
    };
    const { out } = await run(['token', '--role', 'auditor', '--consortium', CONSORTIUM], env);
    const regional = createTokenVerifier({
      algorithm: 'HS256',
      secret: SECRET,
      issuer: 'idp.region',
      audience: 'tender',
    });
    expect((await regional.verify(out.trim())).role).toBe('auditor');
    await expect(verifier.verify(out.trim())).rejects.toThrow(/iss claim/);
  });

  it.each([
    [['--consortium', CONSORTIUM], '--role is required'],
    [['--role', 'mayor', '--consortium', CONSORTIUM], '--role must be one of platform-admin, coordinator'],
    [['--role', 'coordinator'], 'a coordinator token must name at least one consortium'],
    [
      ['--role', 'coordinator', '--consortium', 'CONSORTIUM-A'],
      'the consortia claim must be a list of lower-case',
    ],
    [['--role', 'member-buyer', '--consortium', CONSORTIUM], 'must carry the authoritySiret it acts for'],
    [['--role', 'supplier', '--consortium', CONSORTIUM, '--supplier-siret', '123'], 'a SIRET of 14 digits'],
    [['--role', 'auditor', '--consortium', CONSORTIUM, '--ttl', 'forever'], 'not of the form 8h, 30m, 2d'],
    [['--role', 'platform-admin', '--ttl', '999999d'], 'longer than 30 days'],
    [['--role', 'auditor', '--colour', 'blue'], "Unknown option '--colour'"],
  ])('refuses %j with status 2, the reason and the usage on stderr', async (args, reason) => {
    const { status, out, err } = await run(['token', ...args]);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(reason);
    expect(err).toContain('Usage: mutualis token');
  });

  it('signs with the secret the suite keeps in its data folder when MUTUALIS_JWT_SECRET is not set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mutualis-cli-'));
    try {
      const secret = localSecrets(dataDir).MUTUALIS_JWT_SECRET;
      const { status, out } = await run(['token', '--role', 'auditor', '--consortium', CONSORTIUM], {
        MUTUALIS_DATA_DIR: dataDir,
      });
      expect(status).toBe(0);
      const suiteVerifier = createTokenVerifier({
        algorithm: 'HS256',
        secret,
        issuer: 'mutualis',
        audience: 'mutualis',
      });
      expect(await suiteVerifier.verify(out.trim())).toMatchObject({
        role: 'auditor',
        consortia: [CONSORTIUM],
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to sign without MUTUALIS_JWT_SECRET, naming the variable', async () => {
    const { status, err } = await run(['token', '--role', 'auditor', '--consortium', CONSORTIUM], {
      MUTUALIS_DATA_DIR: '/nonexistent/mutualis-data',
    });
    expect(status).toBe(2);
    expect(err).toContain('MUTUALIS_JWT_SECRET is not set');
  });

  it('refuses a secret too short for HS256', async () => {
    const { status, err } = await run(['token', '--role', 'auditor', '--consortium', CONSORTIUM], {
      MUTUALIS_JWT_SECRET: 'short',
    });
    expect(status).toBe(2);
    expect(err).toContain('at least 32 characters');
  });
});

describe('mutualis', () => {
  it('prints its usage and exits with 2 without a command, and names an unknown command', async () => {
    expect(await run([])).toMatchObject({
      status: 2,
      err: expect.stringContaining('Usage: mutualis <command>'),
    });
    expect(await run(['replay'])).toMatchObject({
      status: 2,
      err: expect.stringContaining('unknown command "replay"'),
    });
  });

  it("prints a command's usage on --help", async () => {
    expect(await run(['token', '--help'])).toMatchObject({
      status: 0,
      out: expect.stringContaining('--authority-siret'),
    });
  });
});
