import { isProblem, Problem } from './problem';

/**
 * What came of a call to a service, as a page needs it: the data, a refusal to show beside what it concerns, or a
 * failure to report while keeping what was typed.
 */
export type CallResult<Data> =
  | { kind: 'ok'; data: Data; response: Response | null }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'failed'; reason: 'network' | 'server' | 'unexpected'; status: number | null };

/** Sorts an answer: 2xx is data, a 4xx problem is a refusal, 5xx (or a 4xx without problem) a failure. */
export function resultOf<Data>(response: Response, data: Data | undefined, error: unknown): CallResult<Data> {
  if (response.ok) return { kind: 'ok', data: data as Data, response };
  if (response.status >= 500) return { kind: 'failed', reason: 'server', status: response.status };
  if (isProblem(error)) return { kind: 'refused', problem: error };
  return { kind: 'failed', reason: 'unexpected', status: response.status };
}

/** The sentence that says a call failed, in French; after a form's submission, that what was typed is kept. */
export function failureMessage(
  result: Extract<CallResult<unknown>, { kind: 'failed' }>,
  afterSubmission = true,
): string {
  const kept = afterSubmission ? ' Ce que vous avez saisi est conservé.' : '';
  switch (result.reason) {
    case 'network':
      return `Le service ne répond pas : vérifiez votre connexion puis réessayez.${kept}`;
    case 'server':
      return `Le service a rencontré une erreur (${result.status}) : réessayez dans un instant.${kept}`;
    default:
      return `Réponse inattendue du service (${result.status ?? 'aucune'}).${kept}`;
  }
}

/**
 * Runs a call of an openapi-fetch client and sorts what came of it; a fetch that throws (no network, the service
 * down) is a network failure rather than an exception.
 */
export async function call<Data>(
  request: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<CallResult<Data>> {
  try {
    const { data, error, response } = await request;
    return resultOf(response, data, error);
  } catch {
    return { kind: 'failed', reason: 'network', status: null };
  }
}
