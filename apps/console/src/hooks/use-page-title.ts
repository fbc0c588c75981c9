import { useEffect } from 'react';

/** Titles the browser tab after the page (RGAA 8.6: each page has a relevant title). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Mutualis`;
  }, [title]);
}
