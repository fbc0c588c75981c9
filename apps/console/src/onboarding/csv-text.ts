const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * The text of a CSV file as the service reads one: UTF-8 (its byte order mark dropped), or failing that Windows-1252,
 * the encoding Excel saves CSV in on French Windows.
 */
export function csvText(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}
