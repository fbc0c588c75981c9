import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenderNature, TenderProcedure } from '@mutualis/shared/contracts';

export type TenderStage = 'draft' | 'published' | 'opened' | 'decided';
export const TENDER_STAGES: readonly TenderStage[] = ['draft', 'published', 'opened', 'decided'];

export interface TenderSummary {
  tenderId: string;
  object: string;
  cpvCode: string;
  nature: TenderNature;
  estimatedCents: number;
  lots: number;
  framework: boolean;
  procedure: TenderProcedure | null;
  stage: TenderStage;
  noticeSentOn: string | null;
  deadlineAt: string | null;
  openedAt: string | null;
  lotsSigned: number;
  lotsClosed: number;
}

/** Queries on the tender board read model. */
@Injectable()
export class TenderBoard {
  constructor(private readonly dataSource: DataSource) {}

  /** A consortium's consultations, newest first, at one stage or all. */
  async tenders(consortiumId: string, stage?: TenderStage): Promise<TenderSummary[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT tender_id, object, cpv_code, nature, estimated_cents, lots, framework, procedure, stage,
              notice_sent_on::text, deadline_at, opened_at, lots_signed, lots_closed
         FROM tender_board.tenders
        WHERE consortium_id = $1 AND ($2::text IS NULL OR stage = $2)
        ORDER BY created_at DESC, tender_id`,
      [consortiumId, stage ?? null],
    );
    return rows.map((row) => ({
      tenderId: row['tender_id'] as string,
      object: row['object'] as string,
      cpvCode: row['cpv_code'] as string,
      nature: row['nature'] as TenderNature,
      estimatedCents: Number(row['estimated_cents']),
      lots: Number(row['lots']),
      framework: row['framework'] as boolean,
      procedure: (row['procedure'] as TenderProcedure | null) ?? null,
      stage: row['stage'] as TenderStage,
      noticeSentOn: (row['notice_sent_on'] as string | null) ?? null,
      deadlineAt: instant(row['deadline_at']),
      openedAt: instant(row['opened_at']),
      lotsSigned: Number(row['lots_signed']),
      lotsClosed: Number(row['lots_closed']),
    }));
  }
}

const instant = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : null);
