import { useSyncExternalStore } from 'react';

// A router of the console's own: the History API, one listener set, and React Aria's RouterProvider for its links.
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/** Goes to a page of the console without reloading it. */
export function navigate(to: string): void {
  if (to === currentPath()) return;
  window.history.pushState(null, '', to);
  notify();
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current path and query, which re-renders its reader on every navigation. */
export function useCurrentPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The current query string's parameters. */
export function useSearchParams(): URLSearchParams {
  return new URLSearchParams(useCurrentPath().split('?')[1] ?? '');
}
