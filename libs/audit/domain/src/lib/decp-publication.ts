import { addMonths } from '@mutualis/procurement-rules';

/**
 * D1: once published, a DECP record's initial fields are never rewritten; its modifications and its actes de
 * sous-traitance are appended, each with the date it was first published. A publication keeps what was published;
 * `publish` adds what the ledger has since, dated today.
 */
export interface DecpPublication {
  contractId: string;
  /** The initial fields as first published, `datePublicationDonnees` included; without the appended lists. */
  record: Record<string, unknown>;
  modifications: { modification: Record<string, unknown> }[];
  /** Absent from publications made before the actes were published. */
  actes?: { acteSousTraitance: Record<string, unknown> }[];
}

/** The publication after today's: the first one dates the record, later ones only append new modifications. */
export function publish(
  contractId: string,
  previous: DecpPublication | null,
  current: Record<string, unknown>,
  today: string,
): DecpPublication {
  const { modifications, actesSousTraitance, ...initial } = current as {
    modifications?: DecpPublication['modifications'];
    actesSousTraitance?: DecpPublication['actes'];
  };
  const kept = previous?.modifications ?? [];
  const added = (modifications ?? []).slice(kept.length).map(({ modification }) => ({
    modification: { ...modification, datePublicationDonneesModification: today },
  }));
  const keptActes = previous?.actes ?? [];
  const addedActes = (actesSousTraitance ?? []).slice(keptActes.length).map(({ acteSousTraitance }) => ({
    acteSousTraitance: { ...acteSousTraitance, datePublicationDonnees: today },
  }));
  return {
    contractId,
    record: previous?.record ?? { ...initial, datePublicationDonnees: today },
    modifications: [...kept, ...added],
    actes: [...keptActes, ...addedActes],
  };
}

/** The record as published: its initial fields and, when there are any, its actes and modifications. */
export function publishedRecord(publication: DecpPublication): Record<string, unknown> {
  const { record, modifications, actes = [] } = publication;
  return {
    ...record,
    ...(actes.length > 0 ? { actesSousTraitance: actes } : {}),
    ...(modifications.length > 0 ? { modifications } : {}),
  };
}

/** D1: a record, or a modification, is published at most two months after its notification. */
export const DECP_PUBLICATION_MONTHS = 2;

/** Essential data notified but not yet published, with the date by which it must be (D1). */
export interface DecpPending {
  contractId: string;
  /** The record's initial fields, or one of its modifications (`modificationId`). */
  item: 'record' | 'modification';
  modificationId: number | null;
  notifiedOn: string;
  dueBy: string;
  /** Past its deadline on the day asked about. */
  overdue: boolean;
}

/**
 * What the ledger holds and the DECP does not yet: each contract's record until it is first published, then each
 * modification beyond those published, with its deadline (D1: two months after the notification).
 */
export function decpPending(
  current: { contractId: string; record: Record<string, unknown> }[],
  published: Map<string, DecpPublication>,
  today: string,
): DecpPending[] {
  const pending = (
    contractId: string,
    item: DecpPending['item'],
    modificationId: number | null,
    notifiedOn: string,
  ): DecpPending => {
    const dueBy = addMonths(notifiedOn, DECP_PUBLICATION_MONTHS);
    return { contractId, item, modificationId, notifiedOn, dueBy, overdue: today > dueBy };
  };
  return current.flatMap(({ contractId, record }) => {
    const publication = published.get(contractId);
    const modifications = (record['modifications'] ?? []) as DecpPublication['modifications'];
    const unpublished = modifications
      .slice(publication?.modifications.length ?? 0)
      .map(({ modification }) =>
        pending(
          contractId,
          'modification',
          modification['id'] as number,
          modification['dateNotificationModification'] as string,
        ),
      );
    return publication
      ? unpublished
      : [pending(contractId, 'record', null, record['dateNotification'] as string), ...unpublished];
  });
}
