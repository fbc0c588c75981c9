import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CensusLot } from '@mutualis/shared/contracts';

/** Whether a census still takes answers (open) or has its estimated value (closed). */
export const CENSUS_STATES = ['open', 'closed'] as const;
export type CensusListState = (typeof CENSUS_STATES)[number];

/** What the register is asked: one groupement's censuses, in a state or all, one page. */
export interface CensusListQuery {
  consortiumId: string;
  state?: CensusListState | undefined;
  limit: number;
  offset: number;
}

export interface CensusListEntry {
  censusId: string;
  object: string;
  cpvCode: string;
  lots: CensusLot[];
  openedOn: string;
  respondents: number;
  closed: { closedOn: string; totalCents: number } | null;
}

const R = 'census_register';

/** Queries on the census register read model. */
@Injectable()
export class CensusRegister {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the groupement's censuses, newest first, and how many there are in all (in that state). */
  async list(query: CensusListQuery): Promise<{ censuses: CensusListEntry[]; total: number }> {
    const parameters: unknown[] = [query.consortiumId];
    const state =
      query.state === 'open'
        ? 'AND c.closed_on IS NULL'
        : query.state === 'closed'
          ? 'AND c.closed_on IS NOT NULL'
          : '';
    const [{ total }] = (await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*) AS total FROM ${R}.censuses c WHERE c.consortium_id = $1 ${state}`,
      parameters,
    )) as [{ total: string }];
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.census_id, c.object, c.cpv_code, c.lots, c.opened_on::text, c.closed_on::text, c.total_cents,
              (SELECT count(*) FROM ${R}.census_answers a WHERE a.census_id = c.census_id) AS respondents
         FROM ${R}.censuses c
        WHERE c.consortium_id = $1 ${state}
        ORDER BY c.opened_on DESC, c.opened_position DESC
        LIMIT ${query.limit} OFFSET ${query.offset}`,
      parameters,
    );
    return { censuses: rows.map(censusListEntry), total: Number(total) };
  }
}

function censusListEntry(row: Record<string, unknown>): CensusListEntry {
  const closedOn = row['closed_on'] as string | null;
  return {
    censusId: row['census_id'] as string,
    object: row['object'] as string,
    cpvCode: row['cpv_code'] as string,
    lots: row['lots'] as CensusLot[],
    openedOn: row['opened_on'] as string,
    respondents: Number(row['respondents']),
    closed: closedOn === null ? null : { closedOn, totalCents: Number(row['total_cents']) },
  };
}
