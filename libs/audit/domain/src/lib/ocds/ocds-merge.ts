/**
 * OCDS 1.1.5 merging: the compiled release (the latest state of a contracting process) and the versioned release
 * (every value each field took, with the release that gave it) from the releases of one `ocid`, oldest first.
 *
 * The rules, from the standard's merging page: a release's own `id`, `date` and `tag` are not merged; objects merge
 * field by field; an array of objects that all carry an `id` merges item by item on that `id`; any other array, or
 * one the schema marks `wholeListMerge`, is replaced as a whole; `null` removes a field. In the versioned release,
 * every other value becomes the list of its versions, a new version only when the value changes; the `id` of an
 * item merged by identifier stays as it is.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OcdsRelease extends JsonObject {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
}

/** Fields of a release that describe the release itself, not the contracting process. */
const OMIT_WHEN_MERGED = new Set(['id', 'date', 'tag']);
/** Arrays replaced as a whole even though their items may carry an `id` (release schema `wholeListMerge`). */
const WHOLE_LIST_MERGE = new Set(['additionalIdentifiers', 'additionalClassifications']);

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mergedById = (key: string, value: Json): value is JsonObject[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  !WHOLE_LIST_MERGE.has(key) &&
  value.every((item) => isObject(item) && item['id'] !== undefined && item['id'] !== null);

const idOf = (item: JsonObject) => String(item['id']);

/** The compiled release: the process as the latest release leaves it, tagged `compiled`. */
export function compiledRelease(releases: OcdsRelease[]): OcdsRelease {
  const compiled: JsonObject = {};
  for (const release of releases) mergeCompiled(compiled, release, true);
  const latest = releases.at(-1);
  if (!latest) throw new Error('A compiled release needs at least one release');
  return {
    ...compiled,
    ocid: latest.ocid,
    id: `${latest.ocid}-${latest.date}`,
    date: latest.date,
    tag: ['compiled'],
  };
}

function mergeCompiled(target: JsonObject, source: JsonObject, topLevel: boolean): void {
  for (const [key, value] of Object.entries(source)) {
    if (topLevel && OMIT_WHEN_MERGED.has(key)) continue;
    if (value === null) {
      delete target[key];
    } else if (isObject(value)) {
      const existing = target[key];
      const into: JsonObject = isObject(existing) ? existing : {};
      mergeCompiled(into, value, false);
      target[key] = into;
    } else if (mergedById(key, value)) {
      const existing = target[key];
      const items: JsonObject[] = Array.isArray(existing) ? (existing.filter(isObject) as JsonObject[]) : [];
      for (const item of value) {
        const known = items.find((candidate) => idOf(candidate) === idOf(item));
        if (known) mergeCompiled(known, item, false);
        else {
          const fresh: JsonObject = {};
          mergeCompiled(fresh, item, false);
          items.push(fresh);
        }
      }
      target[key] = items;
    } else {
      target[key] = structuredClone(value);
    }
  }
}

/** The release that gave a field one of its values. */
type Origin = { releaseID: string; releaseDate: string; releaseTag: string[] };
/** One value a field took, with the release that gave it. */
type Version = Origin & { value: Json };

/** The versioned release: every field's history across the releases, for replaying the process. */
export function versionedRelease(releases: OcdsRelease[]): JsonObject {
  const versioned: JsonObject = {};
  for (const release of releases) {
    const origin = { releaseID: release.id, releaseDate: release.date, releaseTag: release.tag };
    mergeVersioned(versioned, release, origin, true);
  }
  return { ocid: releases[0]?.ocid ?? '', ...versioned };
}

function mergeVersioned(target: JsonObject, source: JsonObject, origin: Origin, topLevel: boolean): void {
  for (const [key, value] of Object.entries(source)) {
    if (topLevel && (OMIT_WHEN_MERGED.has(key) || key === 'ocid')) continue;
    if (isObject(value)) {
      const existing = target[key];
      const into: JsonObject = isObject(existing) ? existing : {};
      mergeVersioned(into, value, origin, false);
      target[key] = into;
    } else if (mergedById(key, value)) {
      const existing = target[key];
      const items: JsonObject[] = Array.isArray(existing) ? (existing.filter(isObject) as JsonObject[]) : [];
      for (const item of value) {
        const { id, ...fields } = item;
        const known = items.find((candidate) => idOf(candidate) === idOf(item)) ?? { id: id ?? null };
        if (!items.includes(known)) items.push(known);
        mergeVersioned(known, fields, origin, false);
      }
      target[key] = items;
    } else {
      const versions = (Array.isArray(target[key]) ? target[key] : []) as Version[];
      const last = versions.at(-1);
      if (!last || !sameJson(last.value, value)) versions.push({ ...origin, value: structuredClone(value) });
      target[key] = versions;
    }
  }
}

const sameJson = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);
