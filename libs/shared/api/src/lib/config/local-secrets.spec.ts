import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createPrivateKey } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig } from './load-config';
import { localSecrets, localSecretsFile, readLocalSecrets } from './local-secrets';
import { PlatformConfig } from './platform-config';

let dataDir: string;
beforeEach(() => (dataDir = join(mkdtempSync(join(tmpdir(), 'mutualis-secrets-')), 'data')));
afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

describe('local secrets of the suite', () => {
  it('are generated once into the data folder, readable by their owner only, then read back unchanged', () => {
    expect(readLocalSecrets(dataDir)).toBeNull();
    const first = localSecrets(dataDir);
    expect(statSync(localSecretsFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(localSecrets(dataDir)).toEqual(first);
    expect(readLocalSecrets(dataDir)).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(6);
  });

  it('are completed, not replaced, in a data folder of an earlier version', () => {
    const first = localSecrets(dataDir);
    const { MUTUALIS_ACCESS_SIGNING_KEY: _key, MUTUALIS_OIDC_CLIENT_SECRET: _secret, ...earlier } = first;
    writeFileSync(localSecretsFile(dataDir), JSON.stringify(earlier), { mode: 0o600 });
    const completed = localSecrets(dataDir);
    expect(completed).toMatchObject(earlier);
    expect(completed.MUTUALIS_ACCESS_SIGNING_KEY).toBeTruthy();
    expect(readLocalSecrets(dataDir)).toEqual(completed);
    expect(statSync(localSecretsFile(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('are refused when others may read them', () => {
    localSecrets(dataDir);
    chmodSync(localSecretsFile(dataDir), 0o644);
    expect(() => localSecrets(dataDir)).toThrow(/may be read by other users/);
  });

  it('are what the services accept: a token secret long enough, 32-byte keys, an Ed25519 seal key', () => {
    const secrets = localSecrets(dataDir);
    expect(() => loadConfig(PlatformConfig, { DATABASE_URL: 'postgres://x/y', ...secrets })).not.toThrow();
    for (const key of [secrets.MUTUALIS_PERSONAL_DATA_KEY, secrets.MUTUALIS_BID_SEALING_KEY]) {
      expect(Buffer.from(key, 'base64')).toHaveLength(32);
    }
    expect(Buffer.from(secrets.MUTUALIS_AUDIT_SIGNING_KEY, 'base64').toString()).toMatch(
      /^-----BEGIN PRIVATE KEY-----/,
    );
    const accessKey = createPrivateKey(Buffer.from(secrets.MUTUALIS_ACCESS_SIGNING_KEY, 'base64').toString());
    expect(accessKey.asymmetricKeyType).toBe('rsa');
  });
});
