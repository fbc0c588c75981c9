import { EventEnvelope } from '@mutualis/shared/contracts';
import { compiledRelease, OcdsRelease, versionedRelease } from './ocds-merge';
import { ocdsReleases } from './ocds-releases';

/** Who publishes the OCDS data, and where. */
export interface OcdsPublisher {
  /** The publisher's registered OCDS prefix (`ocds-` and six characters), which starts every `ocid`. */
  ocidPrefix: string;
  name: string;
  /** Where the package is published: its `uri`. */
  uri: string;
}

/**
 * The OCDS record package of one procedure (D4): its releases, one per business step, its compiled release (the
 * procedure as it stands) and its versioned release (every value each field took, and from which release).
 * Null when the ledger knows no such procedure.
 */
export function ocdsRecordPackage(
  events: EventEnvelope[],
  tenderId: string,
  publisher: OcdsPublisher,
  publishedDate: string,
): Record<string, unknown> | null {
  const ocid = `${publisher.ocidPrefix}-${tenderId}`;
  const releases: OcdsRelease[] | undefined = ocdsReleases(events, publisher.ocidPrefix).get(ocid);
  if (!releases) return null;
  return {
    uri: publisher.uri,
    version: '1.1',
    publishedDate,
    publisher: { name: publisher.name },
    license: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    records: [
      {
        ocid,
        releases,
        compiledRelease: compiledRelease(releases),
        versionedRelease: versionedRelease(releases),
      },
    ],
  };
}
