import { CONTEXTS, deadLetterTopic, eventsTopic } from '@mutualis/shared/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Container,
  EXPECTED_SECRETS,
  field,
  named,
  ofKind,
  podSpec,
  referencedSecrets,
  selects,
  SERVICES,
} from './manifests';
import { K8S_ROOT, K8sObject, render } from './render';
import { ManifestValidator } from './schemas';

const validator = new ManifestValidator();
const overlays = { dev: render('overlays/dev'), prod: render('overlays/prod') };

function appContainer(objects: K8sObject[], service: string): Container {
  return podSpec(named(objects, 'Deployment', service)).containers[0]!;
}

function memoryMi(quantity: string): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!match) throw new Error(`unexpected memory quantity ${quantity}`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
}

describe.each(Object.entries(overlays))('overlay %s', (overlay, objects) => {
  it('renders only objects that are valid against their schema (unknown fields refused)', () => {
    expect(objects.length).toBeGreaterThan(40);
    expect(objects.flatMap((object) => validator.validate(object))).toEqual([]);
  });

  it('puts everything in the overlay namespace', () => {
    const namespace = named(objects, 'Namespace', overlay === 'prod' ? 'mutualis' : 'mutualis-dev');
    const elsewhere = objects.filter(
      (object) => object.kind !== 'Namespace' && object.metadata.namespace !== namespace.metadata.name,
    );
    expect(elsewhere.map((object) => `${object.kind} ${object.metadata.name}`)).toEqual([]);
  });

  it.each(SERVICES)(
    'gives %s a Deployment, Service, PodDisruptionBudget, HPA and ServiceAccount',
    (service) => {
      const deployment = named(objects, 'Deployment', service);
      const podLabels = field<Record<string, string>>(deployment, 'spec.template.metadata.labels');
      expect(selects(field(deployment, 'spec.selector.matchLabels'), podLabels)).toBe(true);
      expect(podLabels['app.kubernetes.io/name']).toBe(service);

      const selected = (kind: string, path: string) =>
        ofKind(objects, kind).filter((object) => selects(field(object, path), podLabels));
      expect(selected('Service', 'spec.selector').map((object) => object.metadata.name)).toEqual([service]);
      expect(
        selected('PodDisruptionBudget', 'spec.selector.matchLabels').map((o) => o.metadata.name),
      ).toEqual([service]);
      expect(field(named(objects, 'HorizontalPodAutoscaler', service), 'spec.scaleTargetRef')).toEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: service,
      });
      expect(field(deployment, 'spec.template.spec.serviceAccountName')).toBe(service);
      expect(appContainer(objects, service).args).toEqual([`apps/${service}/src/main.js`]);
    },
  );

  it.each(SERVICES)('probes %s: liveness on /health/live, readiness on /health/ready', (service) => {
    const container = appContainer(objects, service);
    expect(container.ports).toEqual([{ name: 'http', containerPort: 3000, protocol: 'TCP' }]);
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/health/live', port: 'http' });
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'http' });
  });

  it.each(SERVICES)(
    'runs %s as non-root on a read-only root filesystem, with requests and limits',
    (service) => {
      const pod = podSpec(named(objects, 'Deployment', service));
      const container = appContainer(objects, service);
      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(container.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
      expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    },
  );

  it.each(SERVICES)('configures %s from rendered ConfigMaps, with a database of its own', (service) => {
    const container = appContainer(objects, service);
    const configMaps = (container.envFrom ?? []).map((source) =>
      named(objects, 'ConfigMap', source.configMapRef!.name),
    );
    const config = Object.assign({}, ...configMaps.map((configMap) => configMap.data)) as Record<
      string,
      string
    >;
    expect(config).toMatchObject({
      HOST: '0.0.0.0',
      PORT: '3000',
      KAFKA_BROKERS: 'mutualis-kafka-bootstrap:9092',
      // The console's calls come with the access service's tokens, checked against its JWKS in the cluster.
      MUTUALIS_ACCESS_JWKS_URL: 'http://access-service/.well-known/jwks.json',
    });
    expect(config['DATABASE_NAME']).toBe(service.replace(/-service$/, ''));
    const databases = ofKind(objects, 'Database').map((database) => field<string>(database, 'spec.name'));
    expect(databases).toContain(config['DATABASE_NAME']);
    expect(container.env?.find((env) => env.name === 'DATABASE_URL')?.value).toMatch(
      /^postgres:\/\/\$\(DATABASE_USER\):\$\(DATABASE_PASSWORD\)@\$\(DATABASE_HOST\):\$\(DATABASE_PORT\)\/\$\(DATABASE_NAME\)\?/,
    );
  });

  it('refers to the documented Secrets only, and renders none', () => {
    expect(ofKind(objects, 'Secret')).toEqual([]);
    const referenced = referencedSecrets(objects);
    expect([...referenced.keys()].sort()).toEqual(Object.keys(EXPECTED_SECRETS).sort());
    for (const [name, keys] of referenced)
      expect(EXPECTED_SECRETS[name]).toEqual(expect.arrayContaining([...keys]));
    const readme = readFileSync(join(K8S_ROOT, 'README.md'), 'utf8');
    expect(Object.keys(EXPECTED_SECRETS).filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it('declares the events topic and the dead-letter topic of every context, kept forever', () => {
    const topics = ofKind(objects, 'KafkaTopic');
    const expected = CONTEXTS.flatMap((context) => [
      eventsTopic(context),
      deadLetterTopic(eventsTopic(context)),
    ]);
    expect(topics.map((topic) => field<string>(topic, 'spec.topicName')).sort()).toEqual(expected.sort());
    for (const topic of topics) {
      expect(topic.metadata.labels?.['strimzi.io/cluster']).toBe('mutualis');
      expect(field(topic, 'spec.config')).toMatchObject({ 'retention.ms': -1, 'retention.bytes': -1 });
    }
  });

  it('runs Kafka in KRaft mode: node pools with the controller and broker roles, no auto-created topics', () => {
    const kafka = named(objects, 'Kafka', 'mutualis');
    expect(field<Record<string, unknown>>(kafka, 'spec.kafka.config')['auto.create.topics.enable']).toBe(
      false,
    );
    const roles = ofKind(objects, 'KafkaNodePool').flatMap((pool) => field<string[]>(pool, 'spec.roles'));
    expect(new Set(roles)).toEqual(new Set(['controller', 'broker']));
  });

  it('lets the services in only from the gateway and the access service, and out only to Kafka, PostgreSQL and DNS', () => {
    const policies = ofKind(objects, 'NetworkPolicy').filter((policy) =>
      selects(field(policy, 'spec.podSelector.matchLabels'), {
        'app.kubernetes.io/part-of': 'mutualis',
        'app.kubernetes.io/component': 'service',
      }),
    );
    const ingress = policies.flatMap((policy) => field<{ from: unknown[] }[]>(policy, 'spec.ingress') ?? []);
    expect(ingress).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'gateway-system' } } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      },
      {
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'access-service' } } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      },
    ]);
    const egressPorts = policies
      .flatMap((policy) => field<{ ports: { port: number }[] }[]>(policy, 'spec.egress') ?? [])
      .flatMap((rule) => rule.ports.map((port) => port.port));
    const identityProvider = overlay === 'prod' ? [443, 8443] : [];
    expect(new Set(egressPorts)).toEqual(new Set([9092, 5432, 53, ...identityProvider]));
  });

  it('lets the access service out to the services and to public addresses over HTTPS (the OpenID provider)', () => {
    const access = field<Record<string, string>>(
      named(objects, 'Deployment', 'access-service'),
      'spec.template.metadata.labels',
    );
    const own = ofKind(objects, 'NetworkPolicy').filter(
      (policy) =>
        selects(field(policy, 'spec.podSelector.matchLabels'), access) &&
        field<Record<string, string>>(policy, 'spec.podSelector.matchLabels')['app.kubernetes.io/name'] ===
          'access-service',
    );
    expect(own.map((policy) => policy.metadata.name)).toEqual(['mutualis-access-egress']);
    const rules = field<{ to: Record<string, unknown>[]; ports: { port: number }[] }[]>(
      own[0],
      'spec.egress',
    );
    expect(rules).toHaveLength(2);
    expect(rules[0]!.to).toEqual([
      {
        podSelector: {
          matchLabels: { 'app.kubernetes.io/part-of': 'mutualis', 'app.kubernetes.io/component': 'service' },
        },
      },
    ]);
    expect(rules[0]!.ports).toEqual([{ port: 3000, protocol: 'TCP' }]);
    const blocks = rules[1]!.to.map((peer) => peer['ipBlock'] as { cidr: string; except: string[] });
    expect(blocks.map((block) => block.cidr)).toEqual(['0.0.0.0/0', '::/0']);
    expect(blocks[0]!.except).toEqual(
      expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']),
    );
    expect(rules[1]!.ports).toEqual([{ port: 443, protocol: 'TCP' }]);
  });

  it('configures the access service for the console on the route host, the services trusting its tokens', () => {
    const container = appContainer(objects, 'access-service');
    const config = Object.assign(
      {},
      ...(container.envFrom ?? []).map(
        (source) => named(objects, 'ConfigMap', source.configMapRef!.name).data,
      ),
    ) as Record<string, string>;
    const hostnames = field<string[]>(named(objects, 'HTTPRoute', 'mutualis'), 'spec.hostnames');
    expect(config['MUTUALIS_CONSOLE_URL']).toBe(`https://${hostnames[0]}`);
    expect(config['MUTUALIS_CONSOLE_DIR']).toBe('/app/console');
    expect(config['MUTUALIS_OIDC_ISSUER']).toMatch(/^https:\/\//);
    expect(config['MUTUALIS_OIDC_CLIENT_ID']).toBeTruthy();
    expect(config['MUTUALIS_PLATFORM_ADMINS']).toMatch(/^[^\s@,]+@[^\s@,]+(,[^\s@,]+@[^\s@,]+)*$/);
    const addresses = Object.fromEntries(
      config['MUTUALIS_SERVICE_URLS']!.split(',').map((pair) => pair.split('=') as [string, string]),
    );
    expect(Object.keys(addresses).sort()).toEqual(['audit', 'contract', 'membership', 'supplier', 'tender']);
    for (const [context, url] of Object.entries(addresses)) {
      expect(url).toBe(`http://${context}-service`);
      expect(
        field<{ port: number }[]>(named(objects, 'Service', `${context}-service`), 'spec.ports')[0]!.port,
      ).toBe(80);
    }
    // Its secrets only from Secrets.
    const secretVariables = (container.env ?? [])
      .filter((env) => env.valueFrom?.secretKeyRef)
      .map((env) => env.name);
    expect(secretVariables).toEqual(
      expect.arrayContaining([
        'MUTUALIS_OIDC_CLIENT_SECRET',
        'MUTUALIS_ACCESS_SIGNING_KEY',
        'DATABASE_PASSWORD',
      ]),
    );
    expect(Object.keys(config).filter((name) => /SECRET|SIGNING_KEY|PASSWORD/.test(name))).toEqual([]);
  });

  it('never deploys the development OpenID provider', () => {
    const rendered = JSON.stringify(objects);
    expect(rendered).not.toMatch(/dev-identity|devIdentity|oidc-provider|127\.0\.0\.1|localhost/);
  });

  it('routes the gateway only to rendered Services, on their port', () => {
    const route = named(objects, 'HTTPRoute', 'mutualis');
    const backends = field<{ backendRefs: { name: string; port: number }[] }[]>(route, 'spec.rules').flatMap(
      (rule) => rule.backendRefs,
    );
    expect(new Set(backends.map((backend) => backend.name))).toEqual(new Set(SERVICES));
    for (const backend of backends) {
      const ports = field<{ port: number }[]>(named(objects, 'Service', backend.name), 'spec.ports');
      expect(ports.map((port) => port.port)).toContain(backend.port);
    }
  });
});

describe('overlay dev', () => {
  const objects = overlays.dev;

  it('runs one replica of everything, on small resources', () => {
    for (const deployment of ofKind(objects, 'Deployment'))
      expect(field(deployment, 'spec.replicas')).toBe(1);
    for (const service of SERVICES) {
      expect(memoryMi(appContainer(objects, service).resources!.limits!['memory']!)).toBeLessThanOrEqual(512);
    }
    expect(field(named(objects, 'KafkaNodePool', 'dual-role'), 'spec.replicas')).toBe(1);
    expect(field(named(objects, 'Cluster', 'mutualis-postgres'), 'spec.instances')).toBe(1);
  });
});

describe('overlay prod', () => {
  const objects = overlays.prod;

  it('runs at least two replicas of each service and keeps one through voluntary disruptions', () => {
    for (const service of SERVICES) {
      expect(field<number>(named(objects, 'Deployment', service), 'spec.replicas')).toBeGreaterThanOrEqual(2);
      expect(
        field<number>(named(objects, 'HorizontalPodAutoscaler', service), 'spec.minReplicas'),
      ).toBeGreaterThanOrEqual(2);
      expect(field(named(objects, 'PodDisruptionBudget', service), 'spec')).toMatchObject({
        minAvailable: 1,
      });
      expect(field(named(objects, 'PodDisruptionBudget', service), 'spec.maxUnavailable')).toBeUndefined();
    }
  });

  it('gives the services more resources than dev', () => {
    for (const service of SERVICES) {
      const prod = appContainer(objects, service).resources!;
      const dev = appContainer(overlays.dev, service).resources!;
      expect(memoryMi(prod.limits!['memory']!)).toBeGreaterThan(memoryMi(dev.limits!['memory']!));
      expect(memoryMi(prod.requests!['memory']!)).toBeGreaterThan(memoryMi(dev.requests!['memory']!));
    }
  });

  it('runs three Kafka brokers and replicates every topic on them', () => {
    const brokers = ofKind(objects, 'KafkaNodePool')
      .filter((pool) => field<string[]>(pool, 'spec.roles').includes('broker'))
      .reduce((sum, pool) => sum + field<number>(pool, 'spec.replicas'), 0);
    expect(brokers).toBe(3);
    for (const topic of ofKind(objects, 'KafkaTopic')) {
      expect(field(topic, 'spec.replicas')).toBe(3);
      expect(field<Record<string, unknown>>(topic, 'spec.config')['min.insync.replicas']).toBe(2);
    }
    const config = field<Record<string, unknown>>(named(objects, 'Kafka', 'mutualis'), 'spec.kafka.config');
    expect(config).toMatchObject({ 'default.replication.factor': 3, 'min.insync.replicas': 2 });
  });

  it('runs three PostgreSQL instances on different nodes, with a synchronous standby', () => {
    const cluster = named(objects, 'Cluster', 'mutualis-postgres');
    expect(field(cluster, 'spec.instances')).toBe(3);
    expect(field(cluster, 'spec.affinity')).toMatchObject({ podAntiAffinityType: 'required' });
    expect(field(cluster, 'spec.postgresql.synchronous')).toEqual({ method: 'any', number: 1 });
  });
});
