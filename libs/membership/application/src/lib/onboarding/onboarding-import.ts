import { Inject, Injectable } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import {
  Clock,
  CommandContext,
  ImportReport,
  IsCivilDate,
  RowRefused,
  runCsvImport,
  validatedRow,
} from '@mutualis/shared/api';
import { Consortia } from '../consortia';
import { AuthorityBody, DeliberationBody } from '../http/membership.dto';

export type OnboardingReport = ImportReport;

const COLUMNS = ['siret', 'nom', 'type', 'adhesion_date'];

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
 * Bulk onboarding of authorities with their délibérations, for regional platforms: each row applies, records the
 * délibération and accepts the adhesion under the same rules as one by one. A row whose authority is already a
 * member on its adhesion date decides nothing and is "unchanged", so re-running a file changes nothing.
 */
@Injectable()
export class OnboardingImport {
  constructor(
    @Inject(Consortia) private readonly consortia: Consortia,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  run(
    consortiumId: string,
    fileName: string,
    csv: string,
    context: CommandContext,
  ): Promise<OnboardingReport> {
    return runCsvImport({
      fileName,
      csv,
      columns: COLUMNS,
      keyOf: (record) => record['siret'] ?? '',
      importRow: (record) => this.importRow(consortiumId, record, context),
    });
  }

  private async importRow(consortiumId: string, record: Record<string, string>, context: CommandContext) {
    const row = await validatedRow(OnboardingRow, rowOf(record));
    const today = this.clock.today();
    for (const [field, date] of [
      ['adhesion_date', row.acceptedOn],
      ['deliberation_date', row.deliberation?.adoptedOn],
    ]) {
      if (date && date > today)
        throw new RowRefused('date-in-future', `${field} ${date} is after today (${today})`);
    }
    const command = {
      type: 'OnboardMember' as const,
      authority: row.authority,
      deliberation: row.deliberation ?? null,
      acceptedOn: row.acceptedOn,
    };
    // Rows share the consortium's stream: each needs a key of its own, or a retried file would stop at its first row.
    const key = context.idempotencyKey && `${context.idempotencyKey}/${record['siret'] ?? ''}`;
    const result = await this.consortia.handle(consortiumId, command, { ...context, idempotencyKey: key });
    return result.events.length > 0 ? 'accepted' : 'unchanged';
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
