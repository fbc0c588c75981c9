import { call, CallResult } from '../../api/call-result';
import type { Clients } from '../../api/clients';
import type { DirectoryEntry } from '../../api/schemas';

const PAGE = 200;

/**
 * A groupement as the platform's list gives it: `GET /consortia/{id}` is for the groupement's own roles, the
 * platform administrator reads the directory, a page at a time until the groupement is found.
 */
export async function platformConsortium(
  membership: Clients['membership'],
  consortiumId: string,
): Promise<CallResult<DirectoryEntry | null>> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await call(membership.GET('/consortia', { params: { query: { limit: PAGE, offset } } }));
    if (page.kind !== 'ok') return page;
    const found = page.data.consortia.find((entry) => entry.consortiumId === consortiumId);
    if (found) return { kind: 'ok', data: found, response: null };
    if (page.data.consortia.length < PAGE) return { kind: 'ok', data: null, response: null };
  }
}
