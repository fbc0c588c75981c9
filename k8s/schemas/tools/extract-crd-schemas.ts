// Keeps the validation schema of each served version of the given CustomResourceDefinitions, one file per kind and
// version, as k8s/test reads them. Descriptions are dropped (they are most of the bytes and validate nothing);
// everything else is kept as the CRD states it. Usage:
//   node -r @swc-node/register k8s/schemas/tools/extract-crd-schemas.ts <out dir> "<source note>" <crd.yaml>...
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

interface CrdVersion {
  name: string;
  served: boolean;
  schema?: { openAPIV3Schema: unknown };
}

interface Crd {
  kind: string;
  spec: { group: string; names: { kind: string }; versions: CrdVersion[] };
}

function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(key === 'description' && typeof child === 'string'))
      .map(([key, child]) => [key, withoutDescriptions(child)]),
  );
}

const [outDir, source, ...files] = process.argv.slice(2);
if (!outDir || !source || files.length === 0) {
  console.error('usage: extract-crd-schemas.ts <out dir> "<source note>" <crd.yaml>...');
  process.exit(2);
}
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const crd = document.toJS() as Crd;
    if (crd?.kind !== 'CustomResourceDefinition') continue;
    for (const version of crd.spec.versions.filter((candidate) => candidate.served && candidate.schema)) {
      const kind = crd.spec.names.kind;
      const target = join(outDir, `${kind.toLowerCase()}-${version.name}.schema.json`);
      const schema = {
        $comment: `${source}. Descriptions removed; do not edit.`,
        apiVersion: `${crd.spec.group}/${version.name}`,
        kind,
        openAPIV3Schema: withoutDescriptions(version.schema!.openAPIV3Schema),
      };
      writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
      console.log(`wrote ${target}`);
    }
  }
}
