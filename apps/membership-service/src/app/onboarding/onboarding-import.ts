import { Inject, Injectable } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { CommandContext, ImportReport, runCsvImport, validatedRow } from '@mutualis/shared/api';
import { isMemberOn } from '@mutualis/shared/contracts';
import { checkedAuthority } from '@mutualis/membership/domain';
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

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'adhesion_date must be a date YYYY-MM-DD' })
  acceptedOn!: string;
}

/**
 * Bulk onboarding of authorities with their délibérations, for regional platforms: each row applies, records the
 * délibération and accepts the adhesion under the same rules as one by one. A row whose authority is already a
 * member on its adhesion date is "unchanged", so re-running a file changes nothing.
 */
@Injectable()
export class OnboardingImport {
  constructor(@Inject(Consortia) private readonly consortia: Consortia) {}

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
    const authority = checkedAuthority(row.authority);
    const { state } = await this.consortia.load(consortiumId);
    if (isMemberOn(state.facts, authority.siret, row.acceptedOn)) return 'unchanged';
    await this.consortia.handle(
      consortiumId,
      {
        type: 'OnboardMember',
        authority: row.authority,
        deliberation: row.deliberation ?? null,
        acceptedOn: row.acceptedOn,
      },
      context,
    );
    return 'accepted';
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
