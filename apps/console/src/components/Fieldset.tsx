import { ReactNode } from 'react';

/** A group of fields under its legend (RGAA 11.5). */
export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <div className="fieldset-fields">{children}</div>
    </fieldset>
  );
}
