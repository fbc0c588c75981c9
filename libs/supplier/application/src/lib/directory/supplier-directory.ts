import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface SupplierSearch {
  /** A CPV code: suppliers of that code or of any code below it. */
  cpv?: string;
  region?: string;
  departement?: string;
  certification?: string;
  eligible?: boolean;
  /** Part of the legal name, any case. */
  name?: string;
  /** The civil date certifications and eligibility are judged on. */
  on: string;
  limit: number;
  /** Continue after this SIRET (pages in SIRET order). */
  after?: string;
}

export interface SupplierSummary {
  siret: string;
  legalName: string;
  size: string;
  city: string;
  departement: string | null;
  region: string | null;
  cpvCodes: string[];
  certifications: string[];
  mayBid: boolean;
  mayBeAwarded: boolean;
}

const S = 'supplier_directory';

/** The same tests as `eligibilityOn` in the published language, in SQL. A registered supplier may bid unless excluded. */
const MAY_BID = `(NOT EXISTS (SELECT 1 FROM ${S}.exclusions e WHERE e.siret = s.siret AND e.decided_on <= $1::date
          AND (e.ends_on IS NULL OR $1::date < e.ends_on) AND (e.lifted_on IS NULL OR $1::date < e.lifted_on)))`;

/** It may be awarded when, besides, its attestations de vigilance and de régularité fiscale are valid. */
const MAY_BE_AWARDED = `(${MAY_BID}
  AND EXISTS (SELECT 1 FROM ${S}.documents d WHERE d.siret = s.siret AND d.kind = 'urssaf-vigilance'
          AND d.issued_on <= $1::date AND $1::date < d.expires_on)
  AND EXISTS (SELECT 1 FROM ${S}.documents d WHERE d.siret = s.siret AND d.kind = 'tax-regularity'
          AND d.issued_on <= $1::date AND $1::date < d.expires_on))`;

const VALID_CERTIFICATIONS = `ARRAY(SELECT DISTINCT c.scheme FROM ${S}.certifications c WHERE c.siret = s.siret
  AND c.valid_from <= $1::date AND $1::date < c.expires_on ORDER BY c.scheme)`;

/** Queries on the supplier directory read model. */
@Injectable()
export class SupplierDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async search(search: SupplierSearch): Promise<SupplierSummary[]> {
    const params: unknown[] = [search.on];
    const where: string[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    if (search.cpv) where.push(`${bind(search.cpv)} = ANY (s.cpv_with_parents)`);
    if (search.region) where.push(`s.region = ${bind(search.region)}`);
    if (search.departement) where.push(`s.departement = ${bind(search.departement)}`);
    if (search.certification) where.push(`${bind(search.certification)} = ANY (${VALID_CERTIFICATIONS})`);
    if (search.eligible !== undefined) where.push(search.eligible ? MAY_BE_AWARDED : `NOT ${MAY_BE_AWARDED}`);
    if (search.name) where.push(`s.legal_name ILIKE ${bind(`%${search.name.replace(/[\\%_]/g, '\\$&')}%`)}`);
    if (search.after) where.push(`s.siret > ${bind(search.after)}`);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT s.siret, s.legal_name, s.size, s.city, s.departement, s.region, s.cpv_codes,
              ${VALID_CERTIFICATIONS} AS certifications, ${MAY_BID} AS may_bid,
              ${MAY_BE_AWARDED} AS may_be_awarded
         FROM ${S}.suppliers s
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.siret LIMIT ${bind(search.limit)}`,
      params,
    );
    return rows.map((row) => ({
      siret: row.siret,
      legalName: row.legal_name,
      size: row.size,
      city: row.city,
      departement: row.departement,
      region: row.region,
      cpvCodes: row.cpv_codes,
      certifications: row.certifications,
      mayBid: row.may_bid,
      mayBeAwarded: row.may_be_awarded,
    }));
  }

  /** Suppliers for whom the sweep has something to report by `today`: a lapse, an expiry, an end. */
  async dueForSweep(today: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ siret: string }[]>(
      `SELECT siret FROM ${S}.suppliers s
        WHERE (s.vigilance_expires_on <= $1::date
               AND s.vigilance_lapse_reported_on IS DISTINCT FROM s.vigilance_expires_on)
           OR EXISTS (SELECT 1 FROM ${S}.certifications c WHERE c.siret = s.siret AND NOT c.expired
                      AND c.expires_on <= $1::date)
           OR EXISTS (SELECT 1 FROM ${S}.exclusions e WHERE e.siret = s.siret AND NOT e.ended
                      AND e.lifted_on IS NULL AND e.ends_on <= $1::date)
        ORDER BY siret`,
      [today],
    );
    return rows.map((row) => row.siret);
  }
}

interface Row {
  siret: string;
  legal_name: string;
  size: string;
  city: string;
  departement: string | null;
  region: string | null;
  cpv_codes: string[];
  certifications: string[];
  may_bid: boolean;
  may_be_awarded: boolean;
}
