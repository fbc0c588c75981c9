import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsortiumKind } from '@mutualis/shared/contracts';

/** What the directory is asked: whose consortia, which ones, which page. */
export interface DirectoryQuery {
  /** The consortia the reader may see; null for all (the platform administrator). */
  visible: readonly string[] | null;
  /** Part of the name, any case. */
  name?: string | undefined;
  kind?: ConsortiumKind | undefined;
  /** A SIRET (14 digits) or a SIREN (9 digits) of the coordinator or of an authority the consortium knows. */
  siretOrSiren?: string | undefined;
  /** INSEE code of a région where one of its authorities is. */
  region?: string | undefined;
  limit: number;
  offset: number;
}

export interface DirectoryEntry {
  consortiumId: string;
  name: string;
  kind: ConsortiumKind;
  coordinator: { siret: string; name: string };
  effectiveOn: string;
  members: number;
  applicants: number;
  regions: string[];
}

const D = 'consortium_directory';

/** Queries on the consortium directory read model. */
@Injectable()
export class ConsortiumDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the consortia matching the query, by name, and how many match in all. */
  async search(query: DirectoryQuery): Promise<{ consortia: DirectoryEntry[]; total: number }> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (query.visible) where((p) => `c.consortium_id = ANY(${p}::uuid[])`, query.visible);
    if (query.name) where((p) => `c.name ILIKE '%' || ${p} || '%'`, escapeLike(query.name));
    if (query.kind) where((p) => `c.kind = ${p}`, query.kind);
    if (query.siretOrSiren) {
      const column = query.siretOrSiren.length === 9 ? 'siren' : 'siret';
      where(
        (p) =>
          `EXISTS (SELECT 1 FROM ${D}.authorities a WHERE a.consortium_id = c.consortium_id AND a.${column} = ${p})`,
        query.siretOrSiren,
      );
    }
    if (query.region) {
      where(
        (p) =>
          `EXISTS (SELECT 1 FROM ${D}.authorities a WHERE a.consortium_id = c.consortium_id AND a.region = ${p})`,
        query.region,
      );
    }
    const filter = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = (await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*) AS total FROM ${D}.consortia c ${filter}`,
      parameters,
    )) as [{ total: string }];
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.consortium_id, c.name, c.kind, c.coordinator_siret, c.coordinator_name, c.effective_on::text,
              count(*) FILTER (WHERE a.standing = 'member') AS members,
              count(*) FILTER (WHERE a.standing = 'applicant') AS applicants,
              coalesce(array_agg(DISTINCT a.region) FILTER (WHERE a.region IS NOT NULL), '{}') AS regions
         FROM ${D}.consortia c LEFT JOIN ${D}.authorities a ON a.consortium_id = c.consortium_id
         ${filter}
        GROUP BY c.consortium_id
        ORDER BY lower(c.name), c.consortium_id
        LIMIT ${query.limit} OFFSET ${query.offset}`,
      parameters,
    );
    return { consortia: rows.map(directoryEntry), total: Number(total) };
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

function directoryEntry(row: Record<string, unknown>): DirectoryEntry {
  return {
    consortiumId: row['consortium_id'] as string,
    name: row['name'] as string,
    kind: row['kind'] as ConsortiumKind,
    coordinator: { siret: row['coordinator_siret'] as string, name: row['coordinator_name'] as string },
    effectiveOn: row['effective_on'] as string,
    members: Number(row['members']),
    applicants: Number(row['applicants']),
    regions: (row['regions'] as string[]).sort(),
  };
}
