import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { field, named, SERVICES } from './manifests';
import { K8S_ROOT, render } from './render';

interface PathMatch {
  type: 'Exact' | 'PathPrefix' | 'RegularExpression';
  value: string;
}

interface Rule {
  matches: { path: PathMatch }[];
  backendRefs: { name: string }[];
}

const ROOT = join(K8S_ROOT, '..');
const LIBS = join(ROOT, 'libs');

/**
 * Every HTTP route the services' controllers declare, as a concrete path (parameters filled in): read from the
 * decorators of the *.controller.ts files anywhere under libs/<context>/application/src/lib, with the file's string
 * constants substituted.
 */
function controllerRoutes(service: string): { method: string; path: string }[] {
  const folder = join(LIBS, service.replace(/-service$/, ''), 'application/src/lib');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.controller.ts'))
    .flatMap((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      const constants = new Map(
        [...source.matchAll(/^const (\w+) = '([^']*)';/gm)].map((match) => [match[1]!, match[2]!]),
      );
      const text = (argument: string | undefined): string => {
        const value = (argument ?? '').trim();
        if (value === '') return '';
        if (constants.has(value)) return constants.get(value)!;
        const literal = /^(['`])(.*)\1$/.exec(value);
        if (!literal) throw new Error(`${file}: cannot read the route ${value}`);
        return literal[2]!.replace(/\$\{(\w+)\}/g, (_, name: string) => {
          if (!constants.has(name)) throw new Error(`${file}: unknown constant ${name}`);
          return constants.get(name)!;
        });
      };
      const controllers = [...source.matchAll(/@Controller\(([^)]*)\)/g)];
      if (controllers.length !== 1) throw new Error(`${file}: expected one @Controller`);
      const prefix = text(controllers[0]![1]);
      return [...source.matchAll(/@(Get|Post|Put|Patch|Delete|All)\(([^)]*)\)/g)].map((match) => ({
        method: match[1]!.toUpperCase(),
        path: `/${[prefix, text(match[2])].filter(Boolean).join('/')}`
          .replace(/:\w+/g, 'p-1')
          .replace(/\{\*\w+\}/g, 'p-1/p-2'),
      }));
    });
}

function matches(match: PathMatch, path: string): boolean {
  switch (match.type) {
    case 'Exact':
      return path === match.value;
    case 'PathPrefix':
      return path === match.value || path.startsWith(`${match.value.replace(/\/$/, '')}/`);
    case 'RegularExpression':
      return new RegExp(`^(?:${match.value})$`).test(path);
  }
}

describe('the gateway route table', () => {
  const rules = field<Rule[]>(named(render('overlays/prod'), 'HTTPRoute', 'mutualis'), 'spec.rules');
  const backendsOf = (path: string) =>
    rules
      .filter((rule) => rule.matches.some((match) => matches(match.path, path)))
      .flatMap((rule) => rule.backendRefs);

  it.each(SERVICES)('sends every route of %s to it, and to it alone', (service) => {
    const routes = controllerRoutes(service);
    expect(routes.length).toBeGreaterThan(0);
    const misrouted = routes
      .map((route) => ({ ...route, backends: backendsOf(route.path).map((backend) => backend.name) }))
      .filter((route) => route.backends.length !== 1 || route.backends[0] !== service);
    expect(misrouted).toEqual([]);
  });

  it("sends the console's pages and files to the access service, which serves them", () => {
    const source = readFileSync(join(ROOT, 'apps/console/src/routing/routes.ts'), 'utf8');
    const paths = source.slice(source.indexOf('export const paths'));
    const pages = [...paths.matchAll(/=>\s*[`']([^`']*)[`']/g)].map((match) =>
      match[1]!.replace(/\$\{[^}]*\}/g, 'p-1'),
    );
    expect(pages.length).toBeGreaterThan(5);
    const files = ['/', '/assets/index-0a1b2c3d.js', '/assets/index-0a1b2c3d.css'];
    const misrouted = [...pages, ...files]
      .map((path) => ({ path, backends: backendsOf(path).map((backend) => backend.name) }))
      .filter((route) => route.backends.length !== 1 || route.backends[0] !== 'access-service');
    expect(misrouted).toEqual([]);
  });

  it('routes nothing outside the public paths: health, metrics and docs stay inside the cluster', () => {
    for (const path of [
      '/health/ready',
      '/metrics',
      '/docs',
      '/openapi.json',
      '/consortia-x',
      '/supplierss',
      '/clock',
      '/projections',
      '/.well-known/openid-configuration',
      '/.built',
    ]) {
      expect(backendsOf(path)).toEqual([]);
    }
  });
});
