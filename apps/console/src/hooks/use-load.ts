import { useCallback, useEffect, useState } from 'react';
import { CallResult } from '../api/call-result';

export type Loaded<Data> = { kind: 'loading' } | CallResult<Data>;

/** Loads data when the page opens and whenever `key` changes; `reload` loads it again (after a write). */
export function useLoad<Data>(
  load: () => Promise<CallResult<Data>>,
  key: string,
): [Loaded<Data>, () => void] {
  const [state, setState] = useState<Loaded<Data>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  // `key` says what the load depends on: the closure is new on every render.
  const stableLoad = useCallback(load, [key]);
  useEffect(() => {
    let current = true;
    setState((previous) => (previous.kind === 'ok' ? previous : { kind: 'loading' }));
    void stableLoad().then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [stableLoad, round]);
  return [state, () => setRound((value) => value + 1)];
}
