import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import recordPackageSchema from '../data/ocds/record-package-schema.json';
import releasePackageSchema from '../data/ocds/release-package-schema.json';
import releaseSchema from '../data/ocds/release-schema.json';
import versionedReleaseSchema from '../data/ocds/versioned-release-validation-schema.json';

/**
 * The OCDS 1.1.5 schemas (JSON Schema draft-04), kept in the repository. The packages refer to the release and
 * versioned release schemas by their published URLs; each schema is registered under its own `id`, which is that
 * URL, so every `$ref` resolves offline. They are compiled at the first export, not when the service starts.
 */
let ajv: Ajv | undefined;

function schemas(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema([releaseSchema, versionedReleaseSchema, releasePackageSchema, recordPackageSchema]);
  }
  return ajv;
}

const problemsOf =
  (schemaId: string) =>
  (document: unknown): string[] => {
    const validate = schemas().getSchema(schemaId);
    if (!validate) throw new Error(`OCDS schema ${schemaId} is not registered`);
    return validate(document)
      ? []
      : (validate.errors ?? []).map(
          (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
        );
  };

/** The problems that keep a record package from validating against OCDS 1.1.5; empty when it is valid. */
export const ocdsRecordPackageProblems = problemsOf(recordPackageSchema.id);

/** The problems that keep a release package from validating against OCDS 1.1.5; empty when it is valid. */
export const ocdsReleasePackageProblems = problemsOf(releasePackageSchema.id);
