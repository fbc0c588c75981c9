import { K8sObject } from './render';

/** The services, as named in apps/ and in the manifests: the five contexts' and the access service (the console's). */
export const SERVICES = [
  'membership-service',
  'supplier-service',
  'tender-service',
  'contract-service',
  'audit-service',
  'access-service',
] as const;

/**
 * The Secrets the manifests expect to exist (k8s/README.md), with the keys they read. Created outside the
 * repository, e.g. by an external secret operator; mutualis-postgres-ca is made by CloudNativePG itself.
 */
export const EXPECTED_SECRETS: Record<string, string[]> = {
  'mutualis-jwt': ['MUTUALIS_JWT_SECRET'],
  'mutualis-membership-db': ['username', 'password'],
  'mutualis-supplier-db': ['username', 'password'],
  'mutualis-tender-db': ['username', 'password'],
  'mutualis-contract-db': ['username', 'password'],
  'mutualis-audit-db': ['username', 'password'],
  'mutualis-access-db': ['username', 'password'],
  'mutualis-membership-keys': ['MUTUALIS_PERSONAL_DATA_KEY'],
  'mutualis-supplier-keys': ['MUTUALIS_PERSONAL_DATA_KEY'],
  'mutualis-tender-keys': ['MUTUALIS_BID_SEALING_KEY'],
  'mutualis-audit-keys': ['MUTUALIS_AUDIT_SIGNING_KEY'],
  'mutualis-access-keys': ['MUTUALIS_OIDC_CLIENT_SECRET', 'MUTUALIS_ACCESS_SIGNING_KEY'],
  'mutualis-postgres-ca': ['ca.crt'],
};

export interface Container {
  name: string;
  args?: string[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown>;
}

export interface PodSpec {
  containers: Container[];
  securityContext?: Record<string, unknown>;
  volumes?: { name: string; secret?: { secretName: string } }[];
}

/** Every object of a kind. */
export function ofKind(objects: K8sObject[], kind: string): K8sObject[] {
  return objects.filter((object) => object.kind === kind);
}

/** The one object of that kind and name; throws when there is none. */
export function named(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

/** A field by dotted path, for the specs' assertions on rendered objects. */
export function field<T>(object: unknown, path: string): T {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], object) as T;
}

export function podSpec(deployment: K8sObject): PodSpec {
  return field<PodSpec>(deployment, 'spec.template.spec');
}

/** Whether a label selector's matchLabels all hold on the given labels. */
export function selects(matchLabels: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(matchLabels).every(([key, value]) => labels[key] === value);
}

/** Every Secret name an object refers to: env, envFrom, volumes, and CloudNativePG role password Secrets. */
export function referencedSecrets(objects: K8sObject[]): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const note = (name: string, key: string) => keys.set(name, (keys.get(name) ?? new Set()).add(key));
  for (const deployment of ofKind(objects, 'Deployment')) {
    const spec = podSpec(deployment);
    for (const container of spec.containers) {
      for (const env of container.env ?? []) {
        const ref = env.valueFrom?.secretKeyRef;
        if (ref) note(ref.name, ref.key);
      }
      for (const source of container.envFrom ?? []) if (source.secretRef) note(source.secretRef.name, '*');
    }
    for (const volume of spec.volumes ?? []) {
      const secret = volume.secret as { secretName: string; items?: { key: string }[] } | undefined;
      if (secret) for (const item of secret.items ?? [{ key: '*' }]) note(secret.secretName, item.key);
    }
  }
  for (const cluster of ofKind(objects, 'Cluster')) {
    for (const role of field<{ passwordSecret?: { name: string } }[]>(cluster, 'spec.managed.roles') ?? []) {
      if (role.passwordSecret) {
        note(role.passwordSecret.name, 'username');
        note(role.passwordSecret.name, 'password');
      }
    }
  }
  return keys;
}
