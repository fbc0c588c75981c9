import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';
import { sentenceOf, ShownRefusal } from '../forms/problem-fields';

interface SelectInputProps<Value extends string> {
  label: string;
  name: string;
  value: Value;
  onChange(value: Value): void;
  options: readonly { id: Value; label: string }[];
  description?: string;
  refusals?: ShownRefusal[] | undefined;
  isRequired?: boolean;
}

/** A labelled list of choices (React Aria's Select), its refusals tied to it. */
export function SelectInput<Value extends string>(props: SelectInputProps<Value>) {
  const refusals = props.refusals ?? [];
  return (
    <Select
      className="field"
      name={props.name}
      value={props.value}
      onChange={(key) => {
        if (key !== null) props.onChange(String(key) as Value);
      }}
      isRequired={props.isRequired ?? false}
      isInvalid={refusals.length > 0}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {props.description ? <Text slot="description">{props.description}</Text> : null}
      <FieldError>{refusals.map(sentenceOf).join(' ')}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {props.options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
