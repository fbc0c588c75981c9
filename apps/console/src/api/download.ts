import { Acting, accessHeaders } from './headers';
import { currentCsrfToken, sessionExpired } from './session-link';

/**
 * Downloads a file a service answers (a CSV template or report) under `fileName`. Fetched rather than linked, so
 * that it carries the role the page acts in; false when it could not be had.
 */
export async function downloadFile(path: string, acting: Acting, fileName: string): Promise<boolean> {
  try {
    const response = await fetch(path, {
      credentials: 'same-origin',
      headers: accessHeaders('GET', path, acting, currentCsrfToken()),
    });
    if (response.status === 401) sessionExpired();
    if (!response.ok) return false;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
