import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import {
  Clock,
  CommandContext,
  CsvRecord,
  ImportReport,
  importReport,
  importReportCsv,
  IsCivilDate,
  JobHandler,
  JobRun,
  JobRunner,
  readCsvFile,
  refusedRow,
  RowRefused,
  RowResult,
  validatedRow,
} from '@mutualis/shared/api';
import { ConsortiumCommand } from '@mutualis/membership/domain';
import { Consortia } from '../consortia';
import { AuthorityBody, DeliberationBody } from '../http/membership.dto';

export const ONBOARDING_IMPORT = 'onboarding-import';

/** The columns every onboarding file must have; the others (code_insee, population, délibération) are optional. */
export const ONBOARDING_COLUMNS = ['siret', 'nom', 'type', 'adhesion_date'];

/** A file to start from, with every column, the way regional platforms fill them. */
export const ONBOARDING_TEMPLATE =
  '\uFEFFsiret;nom;type;code_insee;population;deliberation_numero;deliberation_date;organe;adhesion_date\r\n' +
  '21440195200012;Commune de Savenay;commune;44195;8967;DCM-2026-014;2026-02-15;conseil municipal;2026-03-01\r\n';

/** Progress is recorded, and a restart resumes, every this many rows. */
const CHECKPOINT_EVERY = 50;

export interface OnboardingInput {
  fileName: string;
}

interface OnboardingCheckpoint {
  results: RowResult[];
}

/** One row of an onboarding file, validated as the API validates its bodies. */
class OnboardingRow {
  @ValidateNested()
  @Type(() => AuthorityBody)
  authority!: AuthorityBody;

  @IsOptional()
  @ValidateNested()
  @Type(() => DeliberationBody)
  deliberation?: DeliberationBody;

  @IsCivilDate({ message: 'adhesion_date must be a date YYYY-MM-DD' })
  acceptedOn!: string;
}

/**
 * Bulk onboarding of authorities with their délibérations, for regional platforms, as a background job: each row
 * applies, records the délibération and accepts the adhesion under the same rules as one by one. A row whose
 * authority is already a member on its adhesion date decides nothing and is "unchanged", so re-running a file
 * changes nothing; a refused row never stops the others. The results so far are the job's checkpoint: a restart
 * resumes after the last row recorded.
 */
@Injectable()
export class OnboardingImport
  implements JobHandler<OnboardingInput, ImportReport, OnboardingCheckpoint>, OnModuleInit
{
  readonly kind = ONBOARDING_IMPORT;

  constructor(
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(JobRunner) private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  /** The file's rows, or a 400 naming the line and column of a malformed file, before any job starts. */
  rowsOf(csv: string): CsvRecord[] {
    return readCsvFile(csv, ONBOARDING_COLUMNS);
  }

  async run({
    job,
    checkpoint,
    progress,
  }: JobRun<OnboardingInput, OnboardingCheckpoint>): Promise<ImportReport> {
    const records = this.rowsOf(job.file ?? '');
    const results = [...(checkpoint?.results ?? [])];
    // Without a key of the caller's, the job's id keys the rows' commands: a resumed row is not decided twice.
    const context = { ...job.context, idempotencyKey: job.context.idempotencyKey ?? `job:${job.jobId}` };
    await progress(results.length, records.length, { results });
    while (results.length < records.length) {
      const chunk = records.slice(results.length, results.length + CHECKPOINT_EVERY);
      results.push(...(await this.importChunk(job.consortiumId!, chunk, context)));
      await progress(results.length, records.length, { results });
    }
    return importReport(job.input.fileName, results);
  }

  resultCsv(report: ImportReport): string {
    return importReportCsv(report);
  }

  /**
   * Rows checked one by one, then decided together on the consortium's stream (one load, one write): a refused row
   * is reported with its rule, the others go through.
   */
  private async importChunk(
    consortiumId: string,
    chunk: CsvRecord[],
    context: CommandContext,
  ): Promise<RowResult[]> {
    const keyOf = (record: CsvRecord) => record.values['siret'] ?? '';
    const checked = await Promise.all(
      chunk.map(async (record) => {
        try {
          return { record, command: await this.commandOf(record.values) };
        } catch (error) {
          return { record, result: refusedRow(record.line, keyOf(record), error) };
        }
      }),
    );
    const toDecide = checked.filter((row) => row.command);
    const outcomes = await this.consortia.handleEach(
      consortiumId,
      // Rows share the consortium's stream: each needs a key of its own, or a retried file would stop at its first row.
      toDecide.map(({ record, command }) => ({
        command: command!,
        idempotencyKey: `${context.idempotencyKey}/${keyOf(record)}`,
      })),
      context,
    );
    return checked.map(({ record, result }) => {
      if (result) return result;
      const outcome = outcomes[toDecide.findIndex((row) => row.record === record)]!;
      if ('refused' in outcome) return refusedRow(record.line, keyOf(record), outcome.refused);
      return {
        line: record.line,
        key: keyOf(record),
        outcome: outcome.events.length > 0 ? 'accepted' : 'unchanged',
      };
    });
  }

  /** The command of a row, or its refusal: a field at fault, or a date after today. */
  private async commandOf(record: Record<string, string>): Promise<ConsortiumCommand> {
    const row = await validatedRow(OnboardingRow, rowOf(record));
    const today = this.clock.today();
    for (const [field, date] of [
      ['adhesion_date', row.acceptedOn],
      ['deliberation_date', row.deliberation?.adoptedOn],
    ]) {
      if (date && date > today)
        throw new RowRefused('date-in-future', `${field} ${date} is after today (${today})`);
    }
    return {
      type: 'OnboardMember',
      authority: row.authority,
      deliberation: row.deliberation ?? null,
      acceptedOn: row.acceptedOn,
    };
  }
}

/** The body of a row, from the French column names regional files use. */
function rowOf(record: Record<string, string>): object {
  const population = record['population'];
  const deliberation = record['deliberation_numero']
    ? {
        number: record['deliberation_numero'],
        adoptedOn: record['deliberation_date'],
        body: record['organe'] || 'organe délibérant',
      }
    : undefined;
  return {
    authority: {
      siret: record['siret'],
      name: record['nom'],
      kind: record['type'],
      ...(record['code_insee'] ? { inseeCode: record['code_insee'] } : {}),
      ...(population ? { population: /^\d+$/.test(population) ? Number(population) : population } : {}),
    },
    ...(deliberation ? { deliberation } : {}),
    acceptedOn: record['adhesion_date'],
  };
}
