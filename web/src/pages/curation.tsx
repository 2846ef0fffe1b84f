// Curation: sign in (see signin.tsx), link a criticism or an incident to a clause with a
// quote taken from a selection in the source reader, and edit with optimistic
// versions (a CONFLICT shows the current record and lets the editor reapply).
import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { graphql } from "../gql";
import { request, ApiFailure } from "../api";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading } from "../components";
import { SourceText } from "./source";
import { EditCriticism } from "./edit";
import { selectedQuote } from "../selection";
import { restore, signOut, useAuth } from "../auth";
import { SignInForms } from "./signin";

const CHOICES = graphql(`
  query CurationChoices($lang: Language) {
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
    criticisms(first: 100) { nodes { slug summary(lang: $lang) author { name } } }
    incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn } }
    sources(first: 100) { nodes { slug title } }
  }
`);

const SOURCE_TEXT = graphql(`
  query CurationSource($slug: ID!) { source(id: $slug) { slug title text } }
`);

const LINK_CRITICISM = graphql(`
  mutation LinkCriticism($criticism: ID!, $input: CriticismLinkInput!) {
    linkCriticism(criticism: $criticism, input: $input) { revision { id operation } proposal { id status } }
  }
`);

const LINK_INCIDENT = graphql(`
  mutation LinkIncident($input: IncidentLinkInput!) {
    linkIncident(input: $input) { revision { id operation } proposal { id status } }
  }
`);

const RELATIONS = ["REACTION_TO_PROVISION", "CITED_AS_JUSTIFICATION", "COINCIDED_WITH_DEBATE"] as const;

export function CurationPage() {
  const { t, label, apiLang, href } = useT();
  const { query: params, path, route } = useLocation();
  const { auth, checking } = useAuth();
  const [notice, setNotice] = useState<string>();
  const [signOutFailed, setSignOutFailed] = useState(false);
  const choices = useQuery(CHOICES, { lang: apiLang });
  const sourceSlug = params.source ?? "";
  const source = useQuery(SOURCE_TEXT, { slug: sourceSlug || "-" });
  const reader = useRef<HTMLDivElement>(null);
  const [what, setWhat] = useState<"criticism" | "incident">("criticism");
  // A passage chosen in the source reader arrives in the URL (`?source=&quote=`).
  const [quote, setQuote] = useState(params.quote ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string; proposed?: boolean }>();

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    route(`${path}?${next}`, true);
  };

  if (checking) return <><h1>{t.curation}</h1><p aria-busy="true">{t.loading}</p></>;
  if (!auth) return <><h1>{t.curation}</h1><SignInForms notice={notice} /></>;

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const citation = { source: sourceSlug, quote, note: String(form.get("note") ?? "") || null };
    try {
      // A contributor's link comes back as a proposal, not a revision: nothing is published yet.
      let proposed: boolean;
      if (what === "criticism") {
        const done = await request(LINK_CRITICISM, { criticism: String(form.get("target")), input: { provision: String(form.get("provision")), citations: [citation] } }, auth);
        proposed = !done.linkCriticism.revision && !!done.linkCriticism.proposal;
      } else {
        const done = await request(
          LINK_INCIDENT,
          { input: { incident: String(form.get("target")), provision: String(form.get("provision")), relation: String(form.get("relation")) as (typeof RELATIONS)[number], citations: [citation] } },
          auth,
        );
        proposed = !done.linkIncident.revision && !!done.linkIncident.proposal;
      }
      setMessage(proposed ? { ok: true, text: t.sentForReview, proposed } : { ok: true, text: t.linked });
    } catch (error) {
      // A session that ended meanwhile sends the curator back to the sign-in form.
      if (error instanceof ApiFailure && error.code === "UNAUTHENTICATED") void restore();
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <h1>{t.curation}</h1>
      <p>
        <span id="signed-in">
          {auth.kind === "session"
            ? `${t.signedInAs(auth.login)}${t.roles[auth.role] ? ` (${t.roles[auth.role]})` : ""}`
            : t.signedInWithToken}
        </span>{" "}
        ·{" "}
        <button
          type="button"
          id="sign-out"
          onClick={async () => {
            const done = await signOut();
            setMessage(undefined);
            setSignOutFailed(!done);
            setNotice(done ? t.signedOut : undefined);
          }}
        >
          {t.signOut}
        </button>{" "}
        · <a id="proposals-link" href={href("/proposals")}>{t.proposals}</a>
        {signOutFailed && <span role="alert" class="error"> {t.signOutFailed}</span>}
      </p>
      <Loading query={choices}>
        {(data) => (
          <>
            <section aria-labelledby="link-title">
              <h2 id="link-title">{t.linkTitle}</h2>
              <form class="curation" onSubmit={submit}>
                <label>{t.linkWhat}{" "}
                  <select name="what" value={what} onChange={(e) => setWhat((e.currentTarget as HTMLSelectElement).value as "criticism" | "incident")}>
                    <option value="criticism">{t.criticism}</option>
                    <option value="incident">{t.incident}</option>
                  </select>
                </label>
                <label>{what === "criticism" ? t.criticism : t.incident}{" "}
                  <select name="target" id="target">
                    {what === "criticism"
                      ? data.criticisms.nodes.map((c) => <option value={c.slug}>{c.author.name} — {c.summary.slice(0, 80)}</option>)
                      : data.incidents.nodes.map((i) => <option value={i.slug}>{i.occurredOn} — {i.title}</option>)}
                  </select>
                </label>
                {what === "incident" && (
                  <label>{t.relation}{" "}
                    <select name="relation">{RELATIONS.map((r) => <option value={r}>{label(r)}</option>)}</select>
                  </label>
                )}
                <label>{t.provision}{" "}
                  <select name="provision" id="provision">{data.provisions.nodes.map((p) => <option value={p.slug}>{p.heading}</option>)}</select>
                </label>
                <label>{t.source}{" "}
                  <select name="source" id="source" value={sourceSlug} onChange={(e) => setParam("source", (e.currentTarget as HTMLSelectElement).value)}>
                    <option value="">—</option>
                    {data.sources.nodes.map((s) => <option value={s.slug}>{s.title}</option>)}
                  </select>
                </label>
                <p>{t.selectPassage}{" "}
                  <button type="button" id="use-selection" onClick={() => setQuote(selectedQuote(reader.current, source.data?.source?.text ?? "") ?? "")}>{t.useSelection}</button>
                </p>
                <label>{t.quote} <textarea name="quote" id="quote" readOnly value={quote} rows={3} /></label>
                <label>{t.note} <input name="note" /></label>
                <button type="submit" id="link" disabled={!quote || !sourceSlug}>{t.link}</button>
                {message && (
                  <p role="status" id="link-status" class={message.ok ? "ok" : "error"}>
                    {message.text}
                    {message.proposed && <> <a href={href("/proposals")}>{t.seeProposals}</a></>}
                  </p>
                )}
              </form>
              {source.data?.source && <SourceText text={source.data.source.text} passages={[]} containerRef={reader} label={source.data.source.title} />}
            </section>
            <EditCriticism auth={auth} criticisms={data.criticisms.nodes} />
          </>
        )}
      </Loading>
    </>
  );
}
