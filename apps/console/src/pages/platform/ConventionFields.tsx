import { CheckboxInput } from '../../components/CheckboxInput';
import { Fieldset } from '../../components/Fieldset';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { sentenceOf, ShownRefusal } from '../../forms/problem-fields';
import { CAO_COMPOSITIONS, COST_SHARING_RULES, ENTRUSTED_OPERATIONS } from '../../format/labels';
import type { ConsortiumForm } from './consortium-form';

type Convention = ConsortiumForm['convention'];
const options = <Key extends string>(labels: Record<Key, string>) =>
  (Object.entries(labels) as [Key, string][]).map(([id, label]) => ({ id, label }));

interface Props {
  form: ConsortiumForm;
  setForm(form: ConsortiumForm): void;
  at(field: string): ShownRefusal[] | undefined;
}

/** A refusal of a group of fields, announced with the group. */
function GroupRefusal({ id, refusals }: { id: string; refusals: ShownRefusal[] | undefined }) {
  if (!refusals?.length) return null;
  return (
    <p id={id} className="field-error">
      {refusals.map(sentenceOf).join(' ')}
    </p>
  );
}

/** The convention constitutive (L2113-7): dates, clauses, cost sharing, CAO and the operations entrusted. */
export function ConventionFields({ form, setForm, at }: Props) {
  const convention = form.convention;
  const update = (patch: Partial<Convention>) =>
    setForm({ ...form, convention: { ...convention, ...patch } });
  const bracket = (index: number, patch: Partial<Convention['brackets'][number]>) =>
    update({
      brackets: convention.brackets.map((value, i) => (i === index ? { ...value, ...patch } : value)),
    });
  const toggle = (operation: Convention['entrustedOperations'][number], selected: boolean) =>
    update({
      entrustedOperations: selected
        ? [...convention.entrustedOperations, operation]
        : convention.entrustedOperations.filter((value) => value !== operation),
    });
  return (
    <>
      <Fieldset legend="Convention constitutive">
        <TextInput
          label="Référence de la convention"
          name="convention.reference"
          value={convention.reference}
          onChange={(reference) => update({ reference })}
          refusals={at('convention.reference')}
          isRequired
        />
        <TextInput
          label="Signée le (par le coordonnateur)"
          name="convention.signedOn"
          type="date"
          value={convention.signedOn}
          onChange={(signedOn) => update({ signedOn })}
          refusals={at('convention.signedOn')}
          isRequired
        />
        <TextInput
          label="Entrée en vigueur le"
          name="convention.effectiveOn"
          type="date"
          value={convention.effectiveOn}
          onChange={(effectiveOn) => update({ effectiveOn })}
          refusals={at('convention.effectiveOn')}
          isRequired
        />
        <CheckboxInput
          name="convention.adhesionClause"
          isSelected={convention.adhesionClause}
          onChange={(adhesionClause) => update({ adhesionClause })}
        >
          Clause d’adhésion : de nouveaux membres peuvent adhérer
        </CheckboxInput>
        <GroupRefusal id="refusal-adhesion" refusals={at('convention.adhesionClause')} />
      </Fieldset>
      <Fieldset legend="Clause de retrait">
        <CheckboxInput
          name="convention.exitClause.allowed"
          isSelected={convention.exitAllowed}
          onChange={(exitAllowed) => update({ exitAllowed })}
        >
          Un membre peut se retirer du groupement
        </CheckboxInput>
        <TextInput
          label="Préavis de retrait (jours)"
          name="convention.exitClause.noticeDays"
          value={convention.noticeDays}
          onChange={(noticeDays) => update({ noticeDays })}
          inputMode="numeric"
          refusals={at('convention.exitClause.noticeDays')}
        />
        <TextInput
          label="Conséquences financières du retrait supportées par"
          name="convention.exitClause.financialConsequencesBorneBy"
          value={convention.financialConsequencesBorneBy}
          onChange={(financialConsequencesBorneBy) => update({ financialConsequencesBorneBy })}
          refusals={at('convention.exitClause.financialConsequencesBorneBy')}
        />
        <GroupRefusal id="refusal-exit" refusals={at('convention.exitClause')} />
      </Fieldset>
      <Fieldset legend="Clé de répartition des frais de fonctionnement">
        <SelectInput
          label="Répartition"
          name="convention.costSharing.rule"
          value={convention.costSharingRule}
          onChange={(costSharingRule) => update({ costSharingRule })}
          options={options(COST_SHARING_RULES)}
        />
        {convention.costSharingRule === 'population-brackets'
          ? convention.brackets.map((value, index) => (
              <div className="field-row" key={index}>
                <TextInput
                  label={`Tranche ${index + 1} : jusqu’à (habitants)`}
                  name={`convention.costSharing.brackets.${index}.upToPopulation`}
                  value={value.upToPopulation}
                  onChange={(upToPopulation) => bracket(index, { upToPopulation })}
                  inputMode="numeric"
                  {...(index === convention.brackets.length - 1
                    ? { description: 'Vide pour la dernière tranche : sans limite' }
                    : {})}
                />
                <TextInput
                  label={`Tranche ${index + 1} : poids`}
                  name={`convention.costSharing.brackets.${index}.weight`}
                  value={value.weight}
                  onChange={(weight) => bracket(index, { weight })}
                  inputMode="numeric"
                />
              </div>
            ))
          : null}
        <GroupRefusal id="refusal-cost-sharing" refusals={at('convention.costSharing')} />
      </Fieldset>
      <Fieldset legend="Commission d’appel d’offres et opérations confiées">
        <SelectInput
          label="Commission d’appel d’offres (CGCT L1414-3)"
          name="convention.cao"
          value={convention.cao}
          onChange={(cao) => update({ cao })}
          options={options(CAO_COMPOSITIONS)}
          refusals={at('convention.cao')}
        />
        <p className="hint" id="entrusted-hint">
          Opérations confiées au coordonnateur au nom des membres : les membres n’en sont solidairement
          responsables que pour celles-ci (L2113-7).
        </p>
        <div role="group" aria-describedby="entrusted-hint" aria-label="Opérations confiées au coordonnateur">
          {options(ENTRUSTED_OPERATIONS).map((operation) => (
            <CheckboxInput
              key={operation.id}
              name={`convention.entrustedOperations.${operation.id}`}
              isSelected={convention.entrustedOperations.includes(operation.id)}
              onChange={(selected) => toggle(operation.id, selected)}
            >
              {operation.label}
            </CheckboxInput>
          ))}
        </div>
        <GroupRefusal id="refusal-operations" refusals={at('convention.entrustedOperations')} />
      </Fieldset>
    </>
  );
}
