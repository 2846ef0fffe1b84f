// Who the curator is: a person signed in with a password (a session whose secret
// lives in the HttpOnly cookie `lt_session`, out of this script's reach), or a
// script user who pasted an API token. Only the session's CSRF token is held, in
// memory, and fetched again from /auth/session on every load; no password or
// session secret is ever written to storage.
import { useEffect, useState } from "preact/hooks";
import { TOKEN_KEY } from "./selection";

export type Credentials =
  | { kind: "session"; login: string; role: string; csrfToken: string }
  | { kind: "token"; token: string };

/** `undefined` while the first /auth/session answer is awaited; `null` when signed out. */
let current: Credentials | null | undefined;
const listeners = new Set<(value: Credentials | null) => void>();

function set(value: Credentials | null) {
  current = value;
  listeners.forEach((listener) => listener(value));
}

/** The headers a request sends as `auth`: the CSRF token of a session, or the bearer token. */
export function authHeaders(auth?: Credentials | null): Record<string, string> {
  if (auth?.kind === "session") return { "x-csrf-token": auth.csrfToken };
  if (auth?.kind === "token") return { authorization: `Bearer ${auth.token}` };
  return {};
}

/** Why an /auth request failed, in terms the page can put into words. */
export type AuthProblem =
  | { kind: "refused" }
  | { kind: "throttled"; seconds: number }
  | { kind: "field"; field: "code" | "login" | "password"; message: string }
  | { kind: "other"; message: string };

interface AuthAnswer {
  login?: string;
  role?: string;
  csrfToken?: string;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** Turns an /auth answer into a session, or says what went wrong. */
async function signedIn(response: Response): Promise<AuthProblem | undefined> {
  const body = (await response.json().catch(() => ({}))) as AuthAnswer;
  if (response.ok && body.login && body.csrfToken) {
    sessionStorage.removeItem(TOKEN_KEY);
    set({ kind: "session", login: body.login, role: body.role ?? "", csrfToken: body.csrfToken });
    return undefined;
  }
  if (response.status === 401) return { kind: "refused" };
  if (response.status === 429) return { kind: "throttled", seconds: Number(response.headers.get("retry-after")) || 60 };
  const error = body.errors?.[0];
  const field = error?.extensions?.field;
  // The server writes "field: message"; the field is shown by where the text goes.
  const message = (error?.message ?? `HTTP ${response.status}`).replace(/^\w+: /, "");
  if (field === "code" || field === "login" || field === "password") return { kind: "field", field, message };
  return { kind: "other", message };
}

export async function signIn(login: string, password: string): Promise<AuthProblem | undefined> {
  try {
    return await signedIn(await post("/auth/sign-in", { login, password }));
  } catch (error) {
    return { kind: "other", message: String(error) };
  }
}

export async function acceptInvitation(code: string, login: string, password: string): Promise<AuthProblem | undefined> {
  try {
    return await signedIn(await post("/auth/accept-invitation", { code, login, password }));
  } catch (error) {
    return { kind: "other", message: String(error) };
  }
}

/** Signs in with an API token, kept in this tab's session storage as before accounts. */
export function signInWithToken(token: string) {
  sessionStorage.setItem(TOKEN_KEY, token);
  set({ kind: "token", token });
}

/** Ends the session on the server (or forgets the token); false if the server refused. */
export async function signOut(): Promise<boolean> {
  const auth = current;
  sessionStorage.removeItem(TOKEN_KEY);
  if (auth?.kind === "session") {
    const response = await post("/auth/sign-out", {}, authHeaders(auth)).catch(() => undefined);
    if (!response || (!response.ok && response.status !== 401)) return false;
  }
  set(null);
  return true;
}

/** Asks the server who the cookie belongs to (on load, and after a refused write). */
export async function restore(): Promise<void> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) return set({ kind: "token", token });
  try {
    const response = await fetch("/auth/session", { credentials: "same-origin" });
    const body = (await response.json().catch(() => ({}))) as AuthAnswer;
    if (response.ok && body.login && body.csrfToken) {
      return set({ kind: "session", login: body.login, role: body.role ?? "", csrfToken: body.csrfToken });
    }
  } catch {
    // Offline or the server is restarting: signed out until the next load.
  }
  set(null);
}

/** The current credentials (`null` signed out), and whether the first check is still running. */
export function useAuth(): { auth: Credentials | null; checking: boolean } {
  const [value, setValue] = useState(current);
  useEffect(() => {
    listeners.add(setValue);
    setValue(current);
    return () => {
      listeners.delete(setValue);
    };
  }, []);
  return { auth: value ?? null, checking: value === undefined };
}
