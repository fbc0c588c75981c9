import { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

interface CheckboxInputProps {
  name: string;
  isSelected: boolean;
  onChange(selected: boolean): void;
  children: ReactNode;
}

/** A labelled checkbox (React Aria), its box drawn by the console's style. */
export function CheckboxInput(props: CheckboxInputProps) {
  return (
    <Checkbox className="checkbox" name={props.name} isSelected={props.isSelected} onChange={props.onChange}>
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 18 18">
          <polyline points="3 9 7 13 15 4" />
        </svg>
      </span>
      {props.children}
    </Checkbox>
  );
}
