// The ways into curation: a login and password (the main one), an invitation code
// from an administrator (which creates the account; it may arrive in the URL as
// `?invite=CODE`), and, for people who also run scripts, an API token.
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { acceptInvitation, signIn, signInWithToken, type AuthProblem } from "../auth";
import { useT, type Texts } from "../i18n";

/** The problem in the reader's words: never a code, and the server's text translated when it is known. */
function words(problem: AuthProblem, t: Texts): string {
  if (problem.kind === "refused") return t.wrongLogin;
  if (problem.kind === "throttled") return t.throttled(problem.seconds);
  return t.serverMessages[problem.message] ?? problem.message;
}

/** A labelled input; the problem the server names this field for is shown under it. */
function Field(props: {
  id: string;
  name: string;
  label: string;
  type?: string;
  autoComplete: string;
  value?: string;
  help?: string;
  minLength?: number;
  problem?: AuthProblem;
}) {
  const { t } = useT();
  const { id, problem, help } = props;
  const error = problem?.kind === "field" && problem.field === props.name ? words(problem, t) : undefined;
  const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <p class="field">
      <label for={id}>{props.label}</label>{" "}
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        value={props.value}
        minLength={props.minLength}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {help && <span id={`${id}-help`} class="help"> {help}</span>}
      {error && <span id={`${id}-error`} class="error" role="alert"> {error}</span>}
    </p>
  );
}

/** A problem no field is named for, under the form's button. */
function FormProblem({ id, problem }: { id: string; problem?: AuthProblem }) {
  const { t } = useT();
  if (!problem || problem.kind === "field") return null;
  return <p id={id} role="alert" class="error">{words(problem, t)}</p>;
}

function values(event: Event): (name: string) => string {
  event.preventDefault();
  const form = new FormData(event.currentTarget as HTMLFormElement);
  return (name) => String(form.get(name) ?? "");
}

export function SignInForms({ notice }: { notice?: string }) {
  const { t } = useT();
  const { query: params, path, route } = useLocation();
  const invite = params.invite ?? "";
  const [signInProblem, setSignInProblem] = useState<AuthProblem>();
  const [inviteProblem, setInviteProblem] = useState<AuthProblem>();
  const [busy, setBusy] = useState(false);

  const submitSignIn = async (event: Event) => {
    const get = values(event);
    setBusy(true);
    setSignInProblem(undefined);
    setSignInProblem(await signIn(get("login").trim(), get("password")));
    setBusy(false);
  };

  const submitInvitation = async (event: Event) => {
    const get = values(event);
    setBusy(true);
    setInviteProblem(undefined);
    const problem = await acceptInvitation(get("code").trim(), get("login").trim(), get("password"));
    setBusy(false);
    setInviteProblem(problem);
    if (!problem && invite) {
      // The code is spent: it leaves the address bar (and the history entry).
      const next = new URLSearchParams(params);
      next.delete("invite");
      route(`${path}${next.toString() ? `?${next}` : ""}`, true);
    }
  };

  return (
    <>
      {notice && <p role="status" class="ok">{notice}</p>}
      <section aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t.signIn}</h2>
        <form id="sign-in" class="auth" onSubmit={submitSignIn}>
          <Field id="sign-in-login" name="login" label={t.login} autoComplete="username" problem={signInProblem} />
          <Field id="sign-in-password" name="password" label={t.password} type="password" autoComplete="current-password" problem={signInProblem} />
          <button type="submit" disabled={busy}>{t.signIn}</button>
          <FormProblem id="sign-in-error" problem={signInProblem} />
        </form>
      </section>
      <details id="invitation" open={Boolean(invite)}>
        <summary>{t.haveInvitation}</summary>
        <form id="accept-invitation" class="auth" onSubmit={submitInvitation}>
          <Field id="invite-code" name="code" label={t.invitationCode} autoComplete="off" value={invite || undefined} problem={inviteProblem} />
          <Field id="invite-login" name="login" label={t.login} autoComplete="username" problem={inviteProblem} />
          <Field
            id="invite-password"
            name="password"
            label={t.newPassword}
            type="password"
            autoComplete="new-password"
            help={t.newPasswordHelp}
            minLength={12}
            problem={inviteProblem}
          />
          <button type="submit" disabled={busy}>{t.acceptInvitation}</button>
          <FormProblem id="invite-error" problem={inviteProblem} />
        </form>
      </details>
      <details id="token-option">
        <summary>{t.useToken}</summary>
        <form
          id="token-form"
          onSubmit={(event) => {
            const token = values(event)("token").trim();
            if (token) signInWithToken(token);
          }}
        >
          <p class="help">{t.useTokenHelp}</p>
          <label for="token">{t.token}</label> <input id="token" name="token" type="password" autoComplete="off" required />{" "}
          <button type="submit">{t.signIn}</button>
        </form>
      </details>
    </>
  );
}
