import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Lints a small workspace laid out like ours (same eslint.config.mjs, same module-boundaries.mjs) with the real
 * ESLint and Nx project graph, so the layering rules are proven by the errors they raise, not by reading the config.
 */
const repo = join(__dirname, '..', '..');
// Each check runs the real ESLint and Nx in a child process: seconds, not milliseconds.
jest.setTimeout(60_000);
let workspace: string;

const projects: Record<string, string[]> = {
  'libs/tender/domain': ['scope:tender', 'type:domain'],
  'libs/supplier/domain': ['scope:supplier', 'type:domain'],
  'libs/shared/contracts': ['scope:shared', 'type:util'],
  'libs/shared/api': ['scope:shared', 'type:infra'],
  'apps/tender-service': ['scope:tender', 'type:app'],
  'apps/audit-service': ['scope:audit', 'type:app'],
};
const importPath = (root: string) => `@fixture/${root.split('/').slice(1).join('-')}`;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), content);
}

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function lint(file: string, source: string, rule = '@nx/enforce-module-boundaries'): LintMessage[] {
  write(file, source);
  const result = spawnSync(join(workspace, 'node_modules/.bin/eslint'), ['--format', 'json', file], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const [report] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
  return report!.messages.filter((m) => m.ruleId === rule);
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'mutualis-boundaries-'));
  symlinkSync(join(repo, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  cpSync(join(repo, 'eslint.config.mjs'), join(workspace, 'eslint.config.mjs'));
  cpSync(
    join(repo, 'tools/conventions/module-boundaries.mjs'),
    join(workspace, 'tools/conventions/module-boundaries.mjs'),
  );
  // The rule knows npm packages from the lock file, so banned external imports need the real one.
  cpSync(join(repo, 'package.json'), join(workspace, 'package.json'));
  cpSync(join(repo, 'package-lock.json'), join(workspace, 'package-lock.json'));
  write('nx.json', JSON.stringify({ analytics: false, neverConnectToCloud: true }));
  const paths = Object.fromEntries(
    Object.keys(projects).map((root) => [importPath(root), [`./${root}/src/index.ts`]]),
  );
  write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths } }));
  for (const [root, tags] of Object.entries(projects)) {
    write(`${root}/project.json`, JSON.stringify({ name: root.replace(/\//g, '-'), root, tags }));
    write(`${root}/src/index.ts`, 'export const value = 1;\n');
  }
  // The rule reads the cached project graph; computing it is what `nx lint` does first.
  execFileSync(join(workspace, 'node_modules/.bin/nx'), ['show', 'projects'], {
    cwd: workspace,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    stdio: 'ignore',
  });
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('module boundaries', () => {
  it('refuses NestJS in a domain library', () => {
    const errors = lint(
      'libs/tender/domain/src/uses-nest.ts',
      "import { Injectable } from '@nestjs/common';\nexport const marker = Injectable;\n",
    );
    expect(errors.map((e) => e.message).join('\n')).toMatch(
      /"type:domain" is not allowed to import "@nestjs\/common"/,
    );
  });

  it('refuses I/O modules in a domain library', () => {
    const errors = lint(
      'libs/tender/domain/src/uses-pg.ts',
      "import { Pool } from 'pg';\nexport const marker = Pool;\n",
    );
    expect(errors.map((e) => e.message).join('\n')).toMatch(/"type:domain" is not allowed to import "pg"/);
  });

  it("refuses Node's I/O modules in domain and util code, which the Nx rule does not see", () => {
    const domain = lint(
      'libs/tender/domain/src/uses-fs.ts',
      "import { readFileSync } from 'node:fs';\nexport const marker = readFileSync;\n",
      'no-restricted-imports',
    );
    expect(domain.map((e) => e.message).join('\n')).toMatch(/'node:fs' import is restricted/);
    const util = lint(
      'libs/shared/contracts/src/uses-net.ts',
      "import { connect } from 'net';\nexport const marker = connect;\n",
      'no-restricted-imports',
    );
    expect(util).toHaveLength(1);
    const infra = lint(
      'libs/shared/api/src/uses-fs.ts',
      "import { readFileSync } from 'node:fs';\nexport const marker = readFileSync;\n",
      'no-restricted-imports',
    );
    expect(infra).toEqual([]);
  });

  it("refuses another context's domain in a domain library", () => {
    const errors = lint(
      'libs/tender/domain/src/uses-supplier.ts',
      `import { value } from '${importPath('libs/supplier/domain')}';\nexport const marker = value;\n`,
    );
    expect(errors.map((e) => e.message).join('\n')).toMatch(
      /scope:tender.*can only depend on libs tagged with/,
    );
  });

  it("refuses another context's domain in a service", () => {
    const errors = lint(
      'apps/tender-service/src/uses-supplier.ts',
      `import { value } from '${importPath('libs/supplier/domain')}';\nexport const marker = value;\n`,
    );
    expect(errors).toHaveLength(1);
  });

  it('refuses the platform layer in a domain library', () => {
    const errors = lint(
      'libs/tender/domain/src/uses-api.ts',
      `import { value } from '${importPath('libs/shared/api')}';\nexport const marker = value;\n`,
    );
    expect(errors.map((e) => e.message).join('\n')).toMatch(
      /type:domain.*can only depend on libs tagged with/,
    );
  });

  it('lets a domain library use the shared contracts', () => {
    const errors = lint(
      'libs/tender/domain/src/uses-contracts.ts',
      `import { value } from '${importPath('libs/shared/contracts')}';\nexport const marker = value;\n`,
    );
    expect(errors).toEqual([]);
  });

  it('lets the audit service read several contexts', () => {
    const errors = lint(
      'apps/audit-service/src/ledger.ts',
      `import { value as a } from '${importPath('libs/tender/domain')}';\n` +
        `import { value as b } from '${importPath('libs/supplier/domain')}';\nexport const marker = a + b;\n`,
    );
    expect(errors).toEqual([]);
  });
});
