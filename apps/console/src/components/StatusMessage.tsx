import { ReactNode } from 'react';

/** A polite announcement (role="status"): a success, a load in progress, an empty list. */
export function StatusMessage({
  children,
  tone = 'info',
}: {
  children: ReactNode;
  tone?: 'info' | 'success';
}) {
  return (
    <div role="status" className={`alert alert-${tone}`}>
      {children}
    </div>
  );
}
