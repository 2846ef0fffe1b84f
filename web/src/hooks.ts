import { useEffect, useState } from "preact/hooks";
import { request, onChange, ApiFailure } from "./api";
import type { TypedDocumentString } from "./gql/graphql";

export type Loaded<R> = { data?: R; error?: ApiFailure | Error; loading: boolean; reload: () => void };

/**
 * Runs a query and keeps it live: every committed write (the `changes`
 * subscription) refetches it, so a page shows what another editor just did.
 */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, live = true): Loaded<R> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: R; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    request(document, variables)
      .then((data) => current && setState({ data, loading: false }))
      .catch((error: Error) => current && setState({ error, loading: false }));
    return () => {
      current = false;
    };
  }, [key, tick]);
  useEffect(() => {
    if (!live) return undefined;
    // A burst of writes (an import, a multi-row edit) costs one refetch, not one each.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setTick((t) => t + 1), 150);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [live]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
