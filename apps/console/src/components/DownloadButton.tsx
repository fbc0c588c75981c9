import { useState } from 'react';
import { Button } from 'react-aria-components';
import { downloadFile } from '../api/download';
import type { Acting } from '../api/headers';

interface Props {
  path: string;
  acting: Acting;
  fileName: string;
  children: string;
}

/** A button that downloads a file of a service, and says so when it could not. */
export function DownloadButton({ path, acting, fileName, children }: Props) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <span className="download">
      <Button
        className="button button-secondary"
        isPending={busy}
        onPress={async () => {
          setBusy(true);
          setFailed(!(await downloadFile(path, acting, fileName)));
          setBusy(false);
        }}
      >
        {children}
      </Button>
      <span role="status" className={failed ? 'field-error' : 'visually-hidden'}>
        {failed ? 'Le téléchargement a échoué : réessayez.' : ''}
      </span>
    </span>
  );
}
