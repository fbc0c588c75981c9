/** An act of a groupement's history, as `GET /consortia/{id}/history` gives it (its data by type). */
export interface HistoryAct {
  type: string;
  data: unknown;
}

/** What the history says of one authority: its délibération, its adhesion and its withdrawal. */
export interface AuthorityActs {
  deliberation?: { number: string; adoptedOn: string; body: string };
  adhesionOn?: string;
  withdrawalOn?: string;
}

/** The délibération, adhesion and withdrawal of each authority (by SIRET), the latest of each kind. */
export function membershipActs(history: readonly HistoryAct[]): Record<string, AuthorityActs> {
  const acts: Record<string, AuthorityActs> = {};
  for (const { type, data } of history) {
    const fields = (data ?? {}) as Record<string, string>;
    const siret = fields['siret'];
    if (!siret) continue;
    const of = (acts[siret] ??= {});
    if (type === 'membership.DeliberationRecorded') {
      of.deliberation = { number: fields['number']!, adoptedOn: fields['adoptedOn']!, body: fields['body']! };
    } else if (type === 'membership.AdhesionAccepted') of.adhesionOn = fields['acceptedOn']!;
    else if (type === 'membership.WithdrawalRecorded') of.withdrawalOn = fields['effectiveOn']!;
  }
  return acts;
}
