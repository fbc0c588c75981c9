import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateSuite, removeSuiteAddress, writeSuiteAddress } from './local-suite';

const urlsFrom = (port: number) => ({
  membership: `http://127.0.0.1:${port}`,
  supplier: `http://127.0.0.1:${port + 1}`,
  tender: `http://127.0.0.1:${port + 2}`,
  contract: `http://127.0.0.1:${port + 3}`,
  audit: `http://127.0.0.1:${port + 4}`,
});

describe('finding the local suite', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'mutualis-suite-address-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('falls back on ports 3001–3005 and says so', () => {
    expect(locateSuite({ MUTUALIS_DATA_DIR: dataDir })).toEqual({
      urls: urlsFrom(3001),
      source: expect.stringContaining('default ports 3001–3005'),
      consoleUrl: null,
    });
  });

  it('reads the addresses the running suite wrote into its data folder, and forgets them when the suite stops', () => {
    writeSuiteAddress(dataDir, urlsFrom(4101), 'http://127.0.0.1:4100');
    expect(locateSuite({ MUTUALIS_DATA_DIR: dataDir })).toEqual({
      urls: urlsFrom(4101),
      source: expect.stringContaining(join(dataDir, 'suite.json')),
      consoleUrl: 'http://127.0.0.1:4100',
    });
    removeSuiteAddress(dataDir);
    expect(locateSuite({ MUTUALIS_DATA_DIR: dataDir }).urls).toEqual(urlsFrom(3001));
  });

  it('ignores the address of a suite that died without removing it', () => {
    const dead = { pid: 2 ** 22 + 1, urls: urlsFrom(4101) }; // above Linux's largest pid: no such process
    writeFileSync(join(dataDir, 'suite.json'), JSON.stringify(dead));
    expect(locateSuite({ MUTUALIS_DATA_DIR: dataDir }).urls).toEqual(urlsFrom(3001));
  });

  it('takes MUTUALIS_URL as the first service, the others on the next ports, before the data folder', () => {
    writeSuiteAddress(dataDir, urlsFrom(4101), 'http://127.0.0.1:4100');
    expect(locateSuite({ MUTUALIS_DATA_DIR: dataDir, MUTUALIS_URL: 'http://localhost:5001/' })).toEqual({
      urls: {
        membership: 'http://localhost:5001',
        supplier: 'http://localhost:5002',
        tender: 'http://localhost:5003',
        contract: 'http://localhost:5004',
        audit: 'http://localhost:5005',
      },
      source: 'MUTUALIS_URL=http://localhost:5001/',
      consoleUrl: null,
    });
  });

  it('lets MUTUALIS_<SERVICE>_URL place one service elsewhere', () => {
    const { urls } = locateSuite({
      MUTUALIS_DATA_DIR: dataDir,
      MUTUALIS_AUDIT_URL: 'https://audit.example.fr',
    });
    expect(urls).toEqual({ ...urlsFrom(3001), audit: 'https://audit.example.fr' });
  });
});
