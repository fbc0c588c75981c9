import { FormEvent, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { call } from '../../api/call-result';
import type { ConsortiumAuthority } from '../../api/schemas';
import { FormAlert } from '../../components/FormAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { TextInput } from '../../components/TextInput';
import { todayInParis } from '../../format/dates';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';

const FIELDS = ['effectiveOn'] as const;
const RULE_FIELDS = {
  'exit-notice-not-respected': 'effectiveOn',
  'no-exit-clause': 'effectiveOn',
  'withdrawal-already-recorded': 'effectiveOn',
  'coordinator-cannot-withdraw': 'effectiveOn',
};

interface Props {
  consortiumId: string;
  member: ConsortiumAuthority;
  noticeDays: number;
  onRecorded(): void;
}

/** « Enregistrer un retrait » of one member, effective on a date that respects the convention's notice. */
export function WithdrawalDialog({ consortiumId, member, noticeDays, onRecorded }: Props) {
  return (
    <DialogTrigger>
      <Button className="button button-small">
        Enregistrer un retrait<span className="visually-hidden"> de {member.name}</span>
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <WithdrawalForm
              consortiumId={consortiumId}
              member={member}
              noticeDays={noticeDays}
              onRecorded={() => (onRecorded(), close())}
              onCancel={close}
            />
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function WithdrawalForm({
  consortiumId,
  member,
  noticeDays,
  onRecorded,
  onCancel,
}: Props & { onCancel(): void }) {
  const { membership } = useClients('coordinator', consortiumId);
  const [effectiveOn, setEffectiveOn] = useState(todayInParis());
  const submission = useSubmission(RULE_FIELDS, FIELDS);
  const key = useRef(crypto.randomUUID());
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const accepted = await submission.submit(() =>
      call(
        membership.POST('/consortia/{consortiumId}/members/{authoritySiret}/withdrawal', {
          params: {
            path: { consortiumId, authoritySiret: member.siret },
            header: { 'Idempotency-Key': `${key.current}-${effectiveOn}` },
          },
          body: { effectiveOn },
        }),
      ),
    );
    if (accepted) onRecorded();
  };
  return (
    <Form onSubmit={send} className="form">
      <Heading slot="title">Retrait de {member.name}</Heading>
      <FormAlert
        refusals={submission.refusal.form}
        failure={submission.failure}
        fieldCount={Object.keys(submission.refusal.fields).length}
      />
      <TextInput
        label="Retrait effectif le"
        name="effectiveOn"
        type="date"
        value={effectiveOn}
        onChange={setEffectiveOn}
        description={`La convention prévoit un préavis de ${noticeDays} jours.`}
        refusals={submission.at('effectiveOn')}
        isRequired
      />
      <div className="actions">
        <SubmitButton busy={submission.busy}>Enregistrer le retrait</SubmitButton>
        <Button className="button button-secondary" onPress={onCancel}>
          Annuler
        </Button>
      </div>
    </Form>
  );
}
