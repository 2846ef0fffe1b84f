// The one way the front end speaks to lawtracker: typed documents (generated from
// schema.graphql) over POST /graphql, and the `changes` subscription over /ws.
import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "./gql/graphql";
import { authHeaders, type Credentials } from "./auth";

/** A GraphQL error as the API sends it: a message and a stable `extensions.code`. */
export interface ApiError {
  message: string;
  extensions?: { code?: string; field?: string; currentVersion?: number; [key: string]: unknown };
}

export class ApiFailure extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * Sends one document. A write passes `auth`: a session's CSRF token goes in
 * `X-CSRF-Token` (the cookie itself goes by the browser, same-origin only), a
 * script user's API token in `Authorization`; never both.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, auth?: Credentials | null): Promise<R> {
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", ...authHeaders(auth) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  // GraphQL errors come with 200; a refused request (400, 413) may still carry them as JSON.
  const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: ApiError[] };
  if (!response.ok && !body.errors?.length) {
    throw new ApiFailure([{ message: `HTTP ${response.status} from /graphql` }]);
  }
  if (body.errors?.length) throw new ApiFailure(body.errors);
  return body.data as R;
}

let client: Client | undefined;
const listeners = new Set<(revision: ChangeEvent) => void>();

export interface ChangeEvent {
  id: string;
  entityType: string;
  entitySlug: string;
  related: string[];
}

const CHANGES = "subscription { changes { id entityType entitySlug related } }";

/** Calls `listener` for every committed write; one WebSocket serves every page. */
export function onChange(listener: (change: ChangeEvent) => void): () => void {
  listeners.add(listener);
  if (!client) {
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
    client = createClient({ url, retryAttempts: Infinity, lazy: false });
    client.subscribe<{ changes: ChangeEvent }>(
      { query: CHANGES },
      {
        next: (message) => {
          const change = message.data?.changes;
          if (change) listeners.forEach((l) => l(change));
        },
        error: () => {},
        complete: () => {},
      },
    );
    client.on("connected", () => document.documentElement.setAttribute("data-live", "connected"));
  }
  return () => {
    listeners.delete(listener);
  };
}
