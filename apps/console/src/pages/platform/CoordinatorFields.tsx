import { Fieldset } from '../../components/Fieldset';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import type { ShownRefusal } from '../../forms/problem-fields';
import { AUTHORITY_KINDS } from '../../format/labels';
import type { ConsortiumForm } from './consortium-form';

export const AUTHORITY_KIND_OPTIONS = Object.entries(AUTHORITY_KINDS).map(([id, label]) => ({
  id: id as ConsortiumForm['coordinator']['kind'],
  label,
}));

interface Props {
  form: ConsortiumForm;
  setForm(form: ConsortiumForm): void;
  at(field: string): ShownRefusal[] | undefined;
}

/** The coordinator (a member from the convention's entry into force) and the délibération authorising it to sign. */
export function CoordinatorFields({ form, setForm, at }: Props) {
  const coordinator = (patch: Partial<ConsortiumForm['coordinator']>) =>
    setForm({ ...form, coordinator: { ...form.coordinator, ...patch } });
  const deliberation = (patch: Partial<ConsortiumForm['deliberation']>) =>
    setForm({ ...form, deliberation: { ...form.deliberation, ...patch } });
  return (
    <>
      <Fieldset legend="Coordonnateur">
        <TextInput
          label="SIRET"
          name="coordinator.siret"
          value={form.coordinator.siret}
          onChange={(siret) => coordinator({ siret })}
          description="14 chiffres"
          inputMode="numeric"
          refusals={at('coordinator.siret')}
          isRequired
        />
        <TextInput
          label="Nom"
          name="coordinator.name"
          value={form.coordinator.name}
          onChange={(name) => coordinator({ name })}
          refusals={at('coordinator.name')}
          isRequired
        />
        <SelectInput
          label="Nature de l’acheteur"
          name="coordinator.kind"
          value={form.coordinator.kind}
          onChange={(kind) => coordinator({ kind })}
          options={AUTHORITY_KIND_OPTIONS}
          refusals={at('coordinator.kind')}
        />
        <TextInput
          label="Code INSEE"
          name="coordinator.inseeCode"
          value={form.coordinator.inseeCode}
          onChange={(inseeCode) => coordinator({ inseeCode })}
          refusals={at('coordinator.inseeCode')}
        />
        <TextInput
          label="Population"
          name="coordinator.population"
          value={form.coordinator.population}
          onChange={(population) => coordinator({ population })}
          inputMode="numeric"
          refusals={at('coordinator.population')}
        />
      </Fieldset>
      <Fieldset legend="Délibération autorisant le coordonnateur à signer">
        <p className="hint">Pour une collectivité territoriale (facultatif à la constitution).</p>
        <TextInput
          label="Numéro de la délibération"
          name="coordinatorDeliberation.number"
          value={form.deliberation.number}
          onChange={(number) => deliberation({ number })}
          refusals={at('coordinatorDeliberation.number')}
        />
        <TextInput
          label="Adoptée le"
          name="coordinatorDeliberation.adoptedOn"
          type="date"
          value={form.deliberation.adoptedOn}
          onChange={(adoptedOn) => deliberation({ adoptedOn })}
          refusals={at('coordinatorDeliberation.adoptedOn')}
        />
        <TextInput
          label="Organe délibérant"
          name="coordinatorDeliberation.body"
          value={form.deliberation.body}
          onChange={(body) => deliberation({ body })}
          description="Conseil municipal, conseil communautaire…"
          refusals={at('coordinatorDeliberation.body')}
        />
      </Fieldset>
    </>
  );
}
