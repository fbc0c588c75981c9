import { FormEvent, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { call } from '../../api/call-result';
import { IdempotencyKeys } from '../../api/idempotency-keys';
import { Fieldset } from '../../components/Fieldset';
import { FormAlert } from '../../components/FormAlert';
import { SelectInput } from '../../components/SelectInput';
import { SubmitButton } from '../../components/SubmitButton';
import { TextInput } from '../../components/TextInput';
import { todayInParis } from '../../format/dates';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';
import { AUTHORITY_KIND_OPTIONS } from '../platform/CoordinatorFields';
import { blankMember, MEMBER_FIELDS, MEMBER_RULE_FIELDS, MemberForm, memberSteps } from './member-form';

/**
 * « Ajouter un membre »: the authority's application, its délibération, then its adhesion, in one dialog. A step
 * already accepted is not sent again when the person corrects a later one.
 */
export function AddMemberDialog({ consortiumId, onAdded }: { consortiumId: string; onAdded(): void }) {
  return (
    <DialogTrigger>
      <Button className="button button-primary">Ajouter un membre</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <AddMemberForm
              consortiumId={consortiumId}
              onAdded={() => (onAdded(), close())}
              onCancel={close}
            />
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function AddMemberForm({
  consortiumId,
  onAdded,
  onCancel,
}: {
  consortiumId: string;
  onAdded(): void;
  onCancel(): void;
}) {
  const { membership } = useClients('coordinator', consortiumId);
  const [form, setForm] = useState<MemberForm>(() => blankMember(todayInParis()));
  const submission = useSubmission(MEMBER_RULE_FIELDS, MEMBER_FIELDS);
  const done = useRef(new Set<string>());
  const keys = useRef(new IdempotencyKeys());

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const steps = memberSteps(form);
    const path = { consortiumId, authoritySiret: steps.siret };
    for (const step of ['application', 'deliberation', 'adhesion'] as const) {
      const id = `${steps.siret}/${step}`;
      if (done.current.has(id)) continue;
      const body =
        step === 'application'
          ? steps.application
          : step === 'deliberation'
            ? steps.deliberation
            : steps.adhesion;
      const header = { 'Idempotency-Key': keys.current.keyFor(id, body) };
      const accepted = await submission.submit(() =>
        step === 'application'
          ? call(
              membership.POST('/consortia/{consortiumId}/applications', {
                params: { path: { consortiumId }, header },
                body: steps.application,
              }),
            )
          : step === 'deliberation'
            ? call(
                membership.POST('/consortia/{consortiumId}/members/{authoritySiret}/deliberations', {
                  params: { path, header },
                  body: steps.deliberation,
                }),
              )
            : call(
                membership.POST('/consortia/{consortiumId}/members/{authoritySiret}/adhesion', {
                  params: { path, header },
                  body: steps.adhesion,
                }),
              ),
      );
      if (!accepted) return;
      done.current.add(id);
    }
    onAdded();
  };
  const authority = (patch: Partial<MemberForm['authority']>) =>
    setForm({ ...form, authority: { ...form.authority, ...patch } });
  const deliberation = (patch: Partial<MemberForm['deliberation']>) =>
    setForm({ ...form, deliberation: { ...form.deliberation, ...patch } });
  return (
    <Form onSubmit={send} className="form">
      <Heading slot="title">Ajouter un membre</Heading>
      <p>
        La collectivité demande son adhésion, sa délibération est enregistrée, puis son adhésion acceptée.
      </p>
      <FormAlert
        refusals={submission.refusal.form}
        failure={submission.failure}
        fieldCount={Object.keys(submission.refusal.fields).length}
      />
      <Fieldset legend="La collectivité">
        <TextInput
          label="SIRET"
          name="authority.siret"
          value={form.authority.siret}
          onChange={(siret) => authority({ siret })}
          inputMode="numeric"
          refusals={submission.at('authority.siret')}
          isRequired
        />
        <TextInput
          label="Nom"
          name="authority.name"
          value={form.authority.name}
          onChange={(name) => authority({ name })}
          refusals={submission.at('authority.name')}
          isRequired
        />
        <SelectInput
          label="Nature"
          name="authority.kind"
          value={form.authority.kind}
          onChange={(kind) => authority({ kind })}
          options={AUTHORITY_KIND_OPTIONS}
          refusals={submission.at('authority.kind')}
        />
        <TextInput
          label="Code INSEE"
          name="authority.inseeCode"
          value={form.authority.inseeCode}
          onChange={(inseeCode) => authority({ inseeCode })}
          refusals={submission.at('authority.inseeCode')}
        />
        <TextInput
          label="Population"
          name="authority.population"
          value={form.authority.population}
          onChange={(population) => authority({ population })}
          inputMode="numeric"
          refusals={submission.at('authority.population')}
        />
      </Fieldset>
      <Fieldset legend="Sa délibération">
        <TextInput
          label="Numéro"
          name="number"
          value={form.deliberation.number}
          onChange={(number) => deliberation({ number })}
          refusals={submission.at('number')}
          isRequired
        />
        <TextInput
          label="Adoptée le"
          name="adoptedOn"
          type="date"
          value={form.deliberation.adoptedOn}
          onChange={(adoptedOn) => deliberation({ adoptedOn })}
          refusals={submission.at('adoptedOn')}
          isRequired
        />
        <TextInput
          label="Organe délibérant"
          name="body"
          value={form.deliberation.body}
          onChange={(body) => deliberation({ body })}
          refusals={submission.at('body')}
          isRequired
        />
      </Fieldset>
      <Fieldset legend="Son adhésion">
        <TextInput
          label="Adhésion acceptée le"
          name="acceptedOn"
          type="date"
          value={form.acceptedOn}
          onChange={(acceptedOn) => setForm({ ...form, acceptedOn })}
          refusals={submission.at('acceptedOn')}
          isRequired
        />
      </Fieldset>
      <div className="actions">
        <SubmitButton busy={submission.busy}>Ajouter le membre</SubmitButton>
        <Button className="button button-secondary" onPress={onCancel}>
          Annuler
        </Button>
      </div>
    </Form>
  );
}
