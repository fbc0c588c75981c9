import { K8sObject, render } from './render';
import { ManifestValidator } from './schemas';
import { named } from './manifests';

const validator = new ManifestValidator();
const prod = render('overlays/prod');

/** A field to change, by dotted path (array indexes too), to a value; `undefined` removes it. */
type Change = [path: string, value: unknown];

/** A deep copy of a rendered object with the changes made: the checks below break one thing at a time. */
function broken(kind: string, name: string, ...changes: Change[]): K8sObject {
  const copy = structuredClone(named(prod, kind, name)) as unknown as Record<string, unknown>;
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return copy as unknown as K8sObject;
}

describe('manifest validation', () => {
  it('has a schema for every kind the overlays render, and no other', () => {
    const rendered = new Set(prod.map((object) => `${object.apiVersion}/${object.kind}`));
    expect([...rendered].filter((kind) => !validator.kinds.includes(kind))).toEqual([]);
  });

  it('refuses a Deployment without spec.selector', () => {
    const deployment = broken('Deployment', 'tender-service', ['spec.selector', undefined]);
    expect(validator.validate(deployment)).toEqual([
      "Deployment tender-service: /spec: must have required property 'selector'",
    ]);
  });

  it('refuses an unknown field, as strict field validation does', () => {
    const deployment = broken('Deployment', 'audit-service', ['spec.replica', 3]);
    expect(validator.validate(deployment)).toEqual([
      'Deployment audit-service: /spec: unknown field replica',
    ]);
  });

  it('refuses a probe on a misspelt field deep in the pod template', () => {
    const deployment = broken('Deployment', 'audit-service', [
      'spec.template.spec.containers.0.readinessProbe.httpGet.paht',
      '/health/ready',
    ]);
    expect(validator.validate(deployment)).toEqual([
      'Deployment audit-service: /spec/template/spec/containers/0/readinessProbe/httpGet: unknown field paht',
    ]);
  });

  it('refuses a wrong type: replicas as text', () => {
    const deployment = broken('Deployment', 'supplier-service', ['spec.replicas', 'two']);
    expect(validator.validate(deployment)).toEqual([
      'Deployment supplier-service: /spec/replicas: must be integer',
    ]);
  });

  it('checks the metadata of custom resources too', () => {
    const topic = broken('KafkaTopic', 'mutualis-tender-events', [
      'metadata.label',
      { 'strimzi.io/cluster': 'mutualis' },
    ]);
    expect(validator.validate(topic)).toEqual([
      'KafkaTopic mutualis-tender-events: /metadata: unknown field label',
    ]);
  });

  it('refuses a Strimzi resource that breaks its CRD', () => {
    const topic = broken(
      'KafkaTopic',
      'mutualis-tender-events',
      ['spec.partitions', 0],
      ['spec.retention', -1],
    );
    expect(validator.validate(topic)).toEqual([
      'KafkaTopic mutualis-tender-events: /spec: unknown field retention',
      'KafkaTopic mutualis-tender-events: /spec/partitions: must be >= 1',
    ]);
    const pool = broken('KafkaNodePool', 'dual-role', ['spec.roles', ['broker', 'zookeeper']]);
    expect(validator.validate(pool)).toEqual([
      'KafkaNodePool dual-role: /spec/roles/1: must be equal to one of the allowed values',
    ]);
  });

  it('refuses a CloudNativePG Cluster without instances and a Database named postgres', () => {
    const cluster = broken('Cluster', 'mutualis-postgres', ['spec.instances', undefined]);
    expect(validator.validate(cluster)).toEqual([
      "Cluster mutualis-postgres: /spec: must have required property 'instances'",
    ]);
    const database = broken('Database', 'mutualis-audit', ['spec.name', 'postgres']);
    expect(validator.validate(database)).toEqual(['Database mutualis-audit: /spec/name: must NOT be valid']);
  });

  it('refuses a kind or an API version without a schema', () => {
    const hpa = broken('HorizontalPodAutoscaler', 'contract-service', ['apiVersion', 'autoscaling/v1']);
    expect(validator.validate(hpa)).toEqual([
      'HorizontalPodAutoscaler contract-service: no schema for autoscaling/v1/HorizontalPodAutoscaler',
    ]);
  });
});
