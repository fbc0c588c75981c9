import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { sentenceOf, ShownRefusal } from '../forms/problem-fields';

interface TextInputProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  refusals?: ShownRefusal[] | undefined;
  type?: 'text' | 'date' | 'email' | 'search' | 'number';
  isRequired?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  placeholder?: string;
}

/**
 * A labelled text field (React Aria): its description and its refusals, if any, tied to it by aria-describedby; a
 * refusal names the article of the Code it rests on.
 */
export function TextInput(props: TextInputProps) {
  const refusals = props.refusals ?? [];
  return (
    <TextField
      className="field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isRequired={props.isRequired ?? false}
      isInvalid={refusals.length > 0}
      validationBehavior="aria"
      type={props.type === 'number' ? 'text' : (props.type ?? 'text')}
      {...(props.autoComplete ? { autoComplete: props.autoComplete } : {})}
    >
      <Label>
        {props.label}
        {props.isRequired ? <span aria-hidden="true"> *</span> : null}
      </Label>
      <Input
        {...(props.inputMode ? { inputMode: props.inputMode } : {})}
        {...(props.placeholder ? { placeholder: props.placeholder } : {})}
      />
      {props.description ? <Text slot="description">{props.description}</Text> : null}
      <FieldError>{refusals.map(sentenceOf).join(' ')}</FieldError>
    </TextField>
  );
}
