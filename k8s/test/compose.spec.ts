import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICES } from './manifests';
import { K8S_ROOT } from './render';

const ROOT = join(K8S_ROOT, '..');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string;
  profiles?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(join(ROOT, 'infra/docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

describe('infra/docker-compose.yml', () => {
  it('runs Kafka, PostgreSQL and the services; the services only with the services profile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['kafka', 'postgres', ...SERVICES].sort());
    expect(compose.services['kafka']!.profiles).toBeUndefined();
    expect(compose.services['postgres']!.profiles).toBeUndefined();
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const ports = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBe(8);
    expect(ports.filter((port) => !port.startsWith('127.0.0.1:'))).toEqual([]);
  });

  it.each(SERVICES)(
    'builds %s from the one Dockerfile, checks /health/ready, gives it its own database',
    (name) => {
      const service = compose.services[name]!;
      expect(service.profiles).toEqual(['services']);
      expect(service.build).toEqual({ context: '..', dockerfile: 'infra/docker/Dockerfile' });
      expect(service.command).toBe(`apps/${name}/src/main.js`);
      expect(existsSync(join(ROOT, `apps/${name}/src/main.ts`))).toBe(true);
      expect(service.healthcheck?.test.join(' ')).toContain('http://127.0.0.1:3000/health/ready');
      expect(service.depends_on).toEqual({
        kafka: { condition: 'service_healthy' },
        postgres: { condition: 'service_healthy' },
      });
      const context = name.replace(/-service$/, '');
      expect(service.environment?.['DATABASE_URL']).toMatch(
        new RegExp(`^postgres://${context}:[^@]+@postgres:5432/${context}$`),
      );
      expect(service.environment).toMatchObject({
        HOST: '0.0.0.0',
        PORT: '3000',
        KAFKA_BROKERS: 'kafka:9092',
      });
    },
  );

  it('creates the role and database of each service on the first start of PostgreSQL', () => {
    const init = readdirSync(join(ROOT, 'infra/docker/postgres-init'))
      .map((file) => readFileSync(join(ROOT, 'infra/docker/postgres-init', file), 'utf8'))
      .join('\n');
    for (const name of SERVICES) expect(init).toContain(name.replace(/-service$/, ''));
  });
});

describe('tools/build/compile-project.mjs (the build target the image runs)', () => {
  it("compiles each service's entry point to JavaScript that requires its libraries by relative path", () => {
    const out = mkdtempSync(join(tmpdir(), 'mutualis-compile-'));
    try {
      for (const name of SERVICES) {
        execFileSync(
          process.execPath,
          [join(ROOT, 'tools/build/compile-project.mjs'), `apps/${name}`, '--out-dir', out],
          {
            stdio: 'pipe',
          },
        );
        const main = readFileSync(join(out, `apps/${name}/src/main.js`), 'utf8');
        expect(main).toContain('require("reflect-metadata")');
        expect(main).not.toContain('@mutualis/');
        expect(main).toMatch(/require\("(\.\.\/)+libs\/shared\/api\/src"\)/);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('copies the data files beside the JavaScript, and the assets a project names', () => {
    const out = mkdtempSync(join(tmpdir(), 'mutualis-compile-'));
    try {
      const compile = (project: string, ...options: string[]) =>
        execFileSync(
          process.execPath,
          [join(ROOT, 'tools/build/compile-project.mjs'), project, '--out-dir', out, ...options],
          {
            stdio: 'pipe',
          },
        );
      compile('libs/audit/domain');
      expect(readdirSync(join(out, 'libs/audit/domain/src/lib/data/ocds'))).toContain('release-schema.json');
      expect(readdirSync(join(out, 'libs/audit/domain/src'))).not.toContain('index.spec.js');
      compile('libs/procurement-rules', '--assets', 'data');
      expect(readdirSync(join(out, 'libs/procurement-rules/data'))).toContain(
        'acheteurs_communes_siret_from_decp.csv',
      );
      expect(() => compile('libs/procurement-rules', '--assets', 'nowhere')).toThrow(
        /no assets folder nowhere/,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
