import { EntityManager } from 'typeorm';
import { cpvAncestors } from '@mutualis/procurement-rules';
import { EventEnvelope, SupplierEventData } from '@mutualis/shared/contracts';
import { Projection } from '@mutualis/shared/messaging';

type Data<Type extends keyof SupplierEventData> = SupplierEventData[Type];
const dataOf = <Type extends keyof SupplierEventData>(event: EventEnvelope, _type: Type) =>
  event.data as Data<Type>;

/** Each category with all its parents, so that a search by a parent code finds suppliers of its sub-codes. */
function withAncestors(cpvCodes: string[]): string[] {
  return [...new Set(cpvCodes.flatMap((code) => [code, ...cpvAncestors(code).map((parent) => parent.code)]))];
}

/**
 * The supplier directory: the registry's searchable read model (by CPV with parents, region, certification,
 * eligibility on a date), and what the daily sweep looks at to find the suppliers it has something to report for.
 */
export const supplierDirectory: Projection = {
  name: 'supplier_directory',
  async createTables(manager: EntityManager) {
    await manager.query(`
      CREATE TABLE suppliers (
        siret text PRIMARY KEY,
        siren text NOT NULL,
        legal_name text NOT NULL,
        size text NOT NULL,
        postal_code text NOT NULL,
        city text NOT NULL,
        departement text,
        region text,
        cpv_codes text[] NOT NULL,
        cpv_with_parents text[] NOT NULL,
        registered_at timestamptz NOT NULL,
        vigilance_expires_on date,
        vigilance_lapse_reported_on date
      );
      CREATE INDEX suppliers_cpv ON suppliers USING gin (cpv_with_parents);
      CREATE INDEX suppliers_region ON suppliers (region);
      CREATE TABLE documents (
        document_id uuid PRIMARY KEY,
        siret text NOT NULL,
        kind text NOT NULL,
        issued_on date NOT NULL,
        expires_on date NOT NULL
      );
      CREATE INDEX documents_siret ON documents (siret, kind);
      CREATE TABLE certifications (
        certification_id uuid PRIMARY KEY,
        siret text NOT NULL,
        scheme text NOT NULL,
        label text NOT NULL,
        valid_from date NOT NULL,
        expires_on date NOT NULL,
        expired boolean NOT NULL DEFAULT false
      );
      CREATE INDEX certifications_siret ON certifications (siret);
      CREATE TABLE exclusions (
        exclusion_id uuid PRIMARY KEY,
        siret text NOT NULL,
        ground text NOT NULL,
        decided_on date NOT NULL,
        ends_on date,
        lifted_on date,
        ended boolean NOT NULL DEFAULT false
      );
      CREATE INDEX exclusions_siret ON exclusions (siret);`);
  },
  handlers: {
    'supplier.SupplierRegistered': async (event, manager) => {
      const data = dataOf(event, 'supplier.SupplierRegistered');
      await manager.query(
        `INSERT INTO suppliers (siret, siren, legal_name, size, postal_code, city, departement, region, cpv_codes,
           cpv_with_parents, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          data.siret,
          data.siren,
          data.legalName,
          data.size,
          data.address.postalCode,
          data.address.city,
          data.address.departement,
          data.address.region,
          data.cpvCodes,
          withAncestors(data.cpvCodes),
          event.recordedAt,
        ],
      );
    },
    'supplier.SupplierCategoriesChanged': async (event, manager) => {
      const { cpvCodes } = dataOf(event, 'supplier.SupplierCategoriesChanged');
      await manager.query('UPDATE suppliers SET cpv_codes = $2, cpv_with_parents = $3 WHERE siret = $1', [
        siretOf(event),
        cpvCodes,
        withAncestors(cpvCodes),
      ]);
    },
    'supplier.DocumentFiled': async (event, manager) => {
      const { documentId, kind, issuedOn, expiresOn } = dataOf(event, 'supplier.DocumentFiled');
      await manager.query(
        'INSERT INTO documents (document_id, siret, kind, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5)',
        [documentId, siretOf(event), kind, issuedOn, expiresOn],
      );
      if (kind === 'urssaf-vigilance') {
        await manager.query(
          `UPDATE suppliers SET vigilance_expires_on = GREATEST(vigilance_expires_on, $2::date) WHERE siret = $1`,
          [siretOf(event), expiresOn],
        );
      }
    },
    'supplier.VigilanceLapsed': async (event, manager) => {
      const { expiredOn } = dataOf(event, 'supplier.VigilanceLapsed');
      await manager.query('UPDATE suppliers SET vigilance_lapse_reported_on = $2 WHERE siret = $1', [
        siretOf(event),
        expiredOn,
      ]);
    },
    'supplier.CertificationRecorded': async (event, manager) => {
      const data = dataOf(event, 'supplier.CertificationRecorded');
      await manager.query(
        `INSERT INTO certifications (certification_id, siret, scheme, label, valid_from, expires_on)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [data.certificationId, siretOf(event), data.scheme, data.label, data.validFrom, data.expiresOn],
      );
    },
    'supplier.CertificationExpired': async (event, manager) => {
      const { certificationId } = dataOf(event, 'supplier.CertificationExpired');
      await manager.query('UPDATE certifications SET expired = true WHERE certification_id = $1', [
        certificationId,
      ]);
    },
    'supplier.ExclusionRecorded': async (event, manager) => {
      const data = dataOf(event, 'supplier.ExclusionRecorded');
      await manager.query(
        `INSERT INTO exclusions (exclusion_id, siret, ground, decided_on, ends_on) VALUES ($1, $2, $3, $4, $5)`,
        [data.exclusionId, siretOf(event), data.ground, data.decidedOn, data.endsOn],
      );
    },
    'supplier.ExclusionLifted': async (event, manager) => {
      const { exclusionId, liftedOn } = dataOf(event, 'supplier.ExclusionLifted');
      await manager.query('UPDATE exclusions SET lifted_on = $2 WHERE exclusion_id = $1', [
        exclusionId,
        liftedOn,
      ]);
    },
    'supplier.ExclusionEnded': async (event, manager) => {
      const { exclusionId } = dataOf(event, 'supplier.ExclusionEnded');
      await manager.query('UPDATE exclusions SET ended = true WHERE exclusion_id = $1', [exclusionId]);
    },
  },
};

function siretOf(event: EventEnvelope): string {
  return event.streamId.slice('supplier-'.length);
}
