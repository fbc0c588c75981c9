import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_TENANT } from '@mutualis/shared/contracts';
import { ledgerNames, NAMING_EVENT_TYPES, supplierSiretsOf } from '@mutualis/audit/domain';
import { AuditLedger, TimelineFilter } from '../ledger/audit-ledger';
import { timelineAct, TimelinePage } from './timeline';

/**
 * Reads a page of a consortium's timeline as the ledger stood at a moment: the acts, each with its subject labelled
 * from the names the ledger held then (companies by the supplier registry's names), and the position the reading
 * went up to, so that the next pages and a later reading see the same ledger.
 */
@Injectable()
export class TimelineReader {
  constructor(@Inject(AuditLedger) private readonly ledger: AuditLedger) {}

  async read(consortiumId: string, filter: TimelineFilter): Promise<TimelinePage> {
    const asOf = filter.asOf ?? null;
    const upTo = await this.ledger.lastPosition(consortiumId, filter);
    if (upTo === null) return { asOf, position: null, acts: [], next: null };
    const cut = { ...(filter.asOf === undefined ? {} : { asOf: filter.asOf }), position: upTo };
    const [entries, naming] = await Promise.all([
      this.ledger.timeline(consortiumId, { ...filter, ...cut }),
      this.ledger.ofTypes(consortiumId, NAMING_EVENT_TYPES, cut),
    ]);
    // Companies are named by the registry as it stands: its ledger is the platform's, received at its own pace.
    const companies =
      consortiumId === PLATFORM_TENANT
        ? []
        : await this.ledger.registrations(
            supplierSiretsOf([...naming, ...entries.map((entry) => entry.event)]),
          );
    const names = ledgerNames([...companies, ...naming]);
    const acts = entries.map((entry) => timelineAct(entry, names));
    const next = acts.length === filter.limit ? (acts.at(-1)?.position ?? null) : null;
    return { asOf, position: upTo, acts, next };
  }
}
