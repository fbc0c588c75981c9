import { tenderUpcasters } from './tender/tender-upcasters';
import { UpcasterRegistry } from './upcasters';

/**
 * The upcasters of the whole published language (event types are named after their context, so they never clash):
 * each service's store applies them on read, and its consumers on receipt, before checking an event against its
 * contract's current version.
 */
export function publishedUpcasters(): UpcasterRegistry {
  return new UpcasterRegistry().register(...tenderUpcasters);
}
