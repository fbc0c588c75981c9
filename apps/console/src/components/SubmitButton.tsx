import { ReactNode } from 'react';
import { Button } from 'react-aria-components';

/** A form's submit button, which says when the form is being sent (and cannot be pressed twice). */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <Button type="submit" className="button button-primary" isPending={busy}>
      {busy ? 'Envoi en cours…' : children}
    </Button>
  );
}
