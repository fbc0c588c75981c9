import { ReactNode, useEffect, useRef } from 'react';
import { usePageTitle } from '../hooks/use-page-title';

let firstPage = true;

/**
 * The page's one h1, which also titles the browser tab. After a navigation inside the console focus moves to it, so
 * that a screen reader announces the new page and the keyboard starts from its top.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
