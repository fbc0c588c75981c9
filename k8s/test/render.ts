import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kubectlPath } from './kubectl';

/** The root of the k8s/ folder. */
export const K8S_ROOT = join(__dirname, '..');

/** A rendered Kubernetes object, as far as the checks need to know it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

/** Renders a kustomization folder (relative to k8s/) with `kubectl kustomize`, as `kubectl apply -k` would. */
export function render(folder: string): K8sObject[] {
  const output = execFileSync(kubectlPath(), ['kustomize', join(K8S_ROOT, folder)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return parseAllDocuments(output).map((document) => {
    if (document.errors.length > 0) throw new Error(`${folder}: ${document.errors[0]!.message}`);
    return document.toJS() as K8sObject;
  });
}
