// Editing with optimistic versions: the update carries the version the editor saw; a
// CONFLICT shows the record as it now stands and lets the editor reapply their change.
import { useState } from "preact/hooks";
import { graphql } from "../gql";
import { request, ApiFailure } from "../api";
import { useT } from "../i18n";
import type { Credentials } from "../auth";

const CRITICISM = graphql(`
  query EditCriticism($slug: ID!) {
    criticism(id: $slug) {
      slug version stance rights quote statedOn
      summary(lang: EN)
      french: localizedSummary(lang: FR) { text language }
      author { slug }
      citations { quote note source { slug } }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateCriticism($id: ID!, $expectedVersion: Int!, $input: CriticismInput!) {
    updateCriticism(id: $id, expectedVersion: $expectedVersion, input: $input) { revision { id } proposal { id status } }
  }
`);

type CriticismRecord = NonNullable<Awaited<ReturnType<typeof load>>>;

async function load(slug: string) {
  return (await request(CRITICISM, { slug })).criticism;
}

export function EditCriticism({ auth, criticisms }: { auth: Credentials; criticisms: readonly { slug: string; summary: string }[] }) {
  const { t, href } = useT();
  const [seen, setSeen] = useState<CriticismRecord>();
  const [summary, setSummary] = useState("");
  const [summaryFr, setSummaryFr] = useState("");
  const [current, setCurrent] = useState<CriticismRecord>();
  const [message, setMessage] = useState<{ ok: boolean; text: string; proposed?: boolean }>();

  const open = async (slug: string) => {
    const record = await load(slug);
    setSeen(record ?? undefined);
    setSummary(record?.summary ?? "");
    // The French as written; where none is, the API answers in English, marked EN.
    setSummaryFr(record?.french.language === "FR" ? record.french.text : "");
    setCurrent(undefined);
    setMessage(undefined);
  };

  /** Sends both summaries over `base`, the record as the editor last saw it. */
  const save = async (base: CriticismRecord) => {
    const input = {
      slug: base.slug,
      actor: base.author.slug,
      stance: base.stance,
      rights: base.rights,
      summary,
      summaryFr: summaryFr.trim() ? summaryFr : null,
      quote: base.quote,
      statedOn: base.statedOn,
      citations: base.citations.map((c) => ({ source: c.source.slug, quote: c.quote, note: c.note })),
    };
    try {
      const done = await request(UPDATE, { id: base.slug, expectedVersion: base.version, input }, auth);
      if (!done.updateCriticism.revision && done.updateCriticism.proposal) {
        // A contributor's edit: kept as a proposal, the record itself is unchanged.
        setCurrent(undefined);
        setMessage({ ok: true, text: t.sentForReview, proposed: true });
        return;
      }
      const fresh = await load(base.slug);
      setSeen(fresh ?? undefined);
      setCurrent(undefined);
      setMessage({ ok: true, text: t.saved });
    } catch (error) {
      if (error instanceof ApiFailure && error.code === "CONFLICT") {
        setCurrent((await load(base.slug)) ?? undefined);
        setMessage({ ok: false, text: t.conflict });
      } else {
        setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  return (
    <section aria-labelledby="edit-title">
      <h2 id="edit-title">{t.editTitle}</h2>
      <label>{t.criticism}{" "}
        <select id="edit-criticism" value={seen?.slug ?? ""} onChange={(e) => open((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">—</option>
          {criticisms.map((c) => <option value={c.slug}>{c.summary.slice(0, 80)}</option>)}
        </select>
      </label>
      {seen && (
        <form onSubmit={(e) => { e.preventDefault(); save(seen); }}>
          <p>{t.version} <span id="seen-version">{seen.version}</span></p>
          <label>{t.summaryEn} <textarea id="edit-summary" lang="en" rows={4} value={summary} onInput={(e) => setSummary((e.currentTarget as HTMLTextAreaElement).value)} /></label>
          <label>{t.summaryFr} <textarea id="edit-summary-fr" lang="fr" rows={4} value={summaryFr} onInput={(e) => setSummaryFr((e.currentTarget as HTMLTextAreaElement).value)} /></label>
          <button type="submit" id="save">{t.save}</button>
        </form>
      )}
      {message && (
        <p role="status" id="edit-status" class={message.ok ? "ok" : "error"}>
          {message.text}
          {message.proposed && <> <a href={href("/proposals")}>{t.seeProposals}</a></>}
        </p>
      )}
      {current && (
        <div class="conflict" id="conflict">
          <h3>{t.currentRecord} ({t.version} {current.version})</h3>
          <p class="current-summary">{current.summary}</p>
          <button type="button" id="reapply" onClick={() => save(current)}>{t.reapply}</button>
        </div>
      )}
    </section>
  );
}
