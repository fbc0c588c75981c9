import { useRef } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { call } from '../../api/call-result';
import { FormAlert } from '../../components/FormAlert';
import { useClients } from '../../hooks/use-clients';
import { useSubmission } from '../../hooks/use-submission';

const NO_FIELDS: readonly string[] = [];

/** « Clore le recensement », confirmed in a dialog: the estimated value is then computed from the answers. */
export function CloseCensusDialog({
  consortiumId,
  censusId,
  onClosed,
}: {
  consortiumId: string;
  censusId: string;
  onClosed(): void;
}) {
  const { membership } = useClients('coordinator', consortiumId);
  const submission = useSubmission({}, NO_FIELDS);
  const key = useRef(crypto.randomUUID());
  return (
    <DialogTrigger>
      <Button className="button button-primary">Clore le recensement</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title">Clore le recensement ?</Heading>
              <p>Les membres ne pourront plus répondre. La valeur estimée de chaque lot sera calculée, HT.</p>
              <FormAlert refusals={submission.refusal.form} failure={submission.failure} />
              <div className="actions">
                <Button
                  className="button button-primary"
                  isPending={submission.busy}
                  onPress={async () => {
                    const closed = await submission.submit(() =>
                      call(
                        membership.POST('/consortia/{consortiumId}/censuses/{censusId}/close', {
                          params: {
                            path: { consortiumId, censusId },
                            header: { 'Idempotency-Key': key.current },
                          },
                        }),
                      ),
                    );
                    if (closed) {
                      close();
                      onClosed();
                    }
                  }}
                >
                  Clore
                </Button>
                <Button className="button button-secondary" onPress={close}>
                  Annuler
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
