/**
 * D1: once published, a DECP record's initial fields are never rewritten; its modifications are appended, each with
 * the date it was first published. A publication keeps what was published; `publish` adds what the ledger has
 * since, dated today.
 */
export interface DecpPublication {
  contractId: string;
  /** The initial fields as first published, `datePublicationDonnees` included; without `modifications`. */
  record: Record<string, unknown>;
  modifications: { modification: Record<string, unknown> }[];
}

/** The publication after today's: the first one dates the record, later ones only append new modifications. */
export function publish(
  contractId: string,
  previous: DecpPublication | null,
  current: Record<string, unknown>,
  today: string,
): DecpPublication {
  const { modifications, ...initial } = current as { modifications?: DecpPublication['modifications'] };
  const kept = previous?.modifications ?? [];
  const added = (modifications ?? []).slice(kept.length).map(({ modification }) => ({
    modification: { ...modification, datePublicationDonneesModification: today },
  }));
  return {
    contractId,
    record: previous?.record ?? { ...initial, datePublicationDonnees: today },
    modifications: [...kept, ...added],
  };
}

/** The record as published: its initial fields and, when there are any, its modifications. */
export function publishedRecord(publication: DecpPublication): Record<string, unknown> {
  const { record, modifications } = publication;
  return modifications.length > 0 ? { ...record, modifications } : record;
}
