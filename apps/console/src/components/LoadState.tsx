import { Button } from 'react-aria-components';
import { failureMessage } from '../api/call-result';
import type { Loaded } from '../hooks/use-load';
import { refusalOf, sentenceOf } from '../forms/problem-fields';
import { StatusMessage } from './StatusMessage';

/** What to show while data loads or when it could not be read; null once it is there. */
export function LoadState<Data>({ loaded, retry }: { loaded: Loaded<Data>; retry(): void }) {
  if (loaded.kind === 'loading') return <StatusMessage>Chargement…</StatusMessage>;
  if (loaded.kind === 'ok') return null;
  const message =
    loaded.kind === 'refused'
      ? refusalOf(loaded.problem, {}, []).form.map(sentenceOf).join(' ')
      : failureMessage(loaded, false);
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      <Button className="button button-secondary" onPress={retry}>
        Réessayer
      </Button>
    </div>
  );
}
