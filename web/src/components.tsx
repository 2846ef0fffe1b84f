// Pieces every page shares: evidence (quotes with their source and its reliability),
// the corroboration badge, search snippets, and loading/error states.
import type { ComponentChildren } from "preact";
import { useT } from "./i18n";
import type { Loaded } from "./hooks";

export interface CitationView {
  quote: string;
  note?: string | null;
  source: { slug: string; title: string; reliability: string };
}

export interface CorroborationView {
  sourceCount: number;
  bestReliability?: string | null;
  onlyLowReliability: boolean;
}

/** Each quote, verbatim, linked to the source reader where it is highlighted. */
export function Evidence({ citations }: { citations: readonly CitationView[] }) {
  const { t, label, href } = useT();
  if (citations.length === 0) return null;
  return (
    <ul class="evidence" aria-label={t.evidence}>
      {citations.map((c) => (
        <li>
          <blockquote>
            <a class="quote" href={href(`/sources/${c.source.slug}`, { quote: c.quote })}>
              {t.open}{c.quote}{t.close}
            </a>
          </blockquote>
          <span class="cite">
            {c.source.title} · {t.reliability}{t.colon}<span class={`rel rel-${c.source.reliability}`}>{label(c.source.reliability)}</span>
            {c.note ? ` · ${c.note}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Corroboration({ value }: { value: CorroborationView }) {
  const { t, label } = useT();
  const weak = value.onlyLowReliability;
  return (
    <span class={`badge ${weak ? "badge-weak" : "badge-ok"}`} title={t.corroboration}>
      {t.corroboration}{t.colon}{t.sources(value.sourceCount)}
      {value.bestReliability ? ` · ${label(value.bestReliability)}` : ""}
      {weak ? ` · ${t.unconfirmed}` : ""}
    </span>
  );
}

/** The API wraps matches in `[[` and `]]`; they become <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[|\]\]/);
  return <span class="snippet">{parts.map((part, i) => (i % 2 === 1 ? <mark>{part}</mark> : part))}</span>;
}

export function Status({ value }: { value: string }) {
  const { label } = useT();
  return <span class={`status status-${value}`}>{label(value)}</span>;
}

/** Renders `children` once the query has data; otherwise says why not. */
export function Loading<R>({ query, children }: { query: Loaded<R>; children: (data: R) => ComponentChildren }) {
  const { t } = useT();
  if (query.data) {
    markFirstRender();
    return <>{children(query.data)}</>;
  }
  if (query.error) {
    // The message, never the API's code: a reader has no use for `NOT_FOUND`.
    return <p role="alert" class="error">{t.error}{t.colon}{query.error.message}</p>;
  }
  return <p aria-busy="true">{t.loading}</p>;
}

/**
 * Marks the moment the first page showed its data (`lawtracker:first-render` in the
 * Performance timeline), for bench/web-first-render.sh to read.
 */
function markFirstRender() {
  if (performance.getEntriesByName("lawtracker:first-render").length === 0) {
    requestAnimationFrame(() => {
      if (performance.getEntriesByName("lawtracker:first-render").length === 0) performance.mark("lawtracker:first-render");
    });
  }
}

export function NotFound() {
  const { t } = useT();
  return <h1>{t.notFound}</h1>;
}
