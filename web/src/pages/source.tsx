// The source reader: a source's full text with every cited passage highlighted, each
// highlight linking to what it supports. `?quote=` marks one passage and scrolls to it.
import { useEffect, useRef } from "preact/hooks";
import { useLocation } from "preact-iso";
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading } from "../components";
import { citedPassages, type Passage } from "./passages";
import { selectedQuote } from "../selection";
import { useAuth } from "../auth";

const SOURCE = graphql(`
  query SourcePage($slug: ID!) {
    source(id: $slug) { slug title publisher publishedOn language url kind reliability reliabilityNote text }
  }
`);

interface Segment {
  start: number;
  end: number;
  passages: Passage[];
}

/** Cuts the text at every passage boundary; each piece knows which passages cover it. */
function segments(text: string, passages: Passage[]): { pieces: Segment[]; found: Passage[] } {
  const spans: { start: number; end: number; passage: Passage }[] = [];
  for (const passage of passages) {
    if (!passage.quote) continue;
    let at = text.indexOf(passage.quote);
    while (at >= 0) {
      spans.push({ start: at, end: at + passage.quote.length, passage });
      at = text.indexOf(passage.quote, at + 1);
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    pieces.push({ start, end, passages: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.passage) });
  }
  return { pieces, found: [...new Set(spans.map((s) => s.passage))] };
}

/** The text with its cited passages; `containerRef` lets the curation page read a selection. */
export function SourceText({ text, passages, focus, containerRef, label }: { text: string; passages: Passage[]; focus?: string; containerRef?: { current: HTMLDivElement | null }; label: string }) {
  const { href } = useT();
  const { pieces } = segments(text, passages);
  let focused = false;
  return (
    // Focusable: the text scrolls, and keyboard users must be able to scroll it.
    <div class="source-text" ref={containerRef} tabIndex={0} role="region" aria-label={label}>
      {pieces.map((piece) => {
        const chunk = text.slice(piece.start, piece.end);
        if (piece.passages.length === 0) return chunk;
        const isFocus = !!focus && piece.passages.some((p) => p.quote === focus);
        const id = isFocus && !focused ? "focus" : undefined;
        if (id) focused = true;
        const first = piece.passages[0];
        // A run of spaces between two passages gets no link: a link needs words to name it.
        return (
          <mark id={id} class={isFocus ? "cited focus" : "cited"} title={piece.passages.map((p) => p.label).join(" · ")}>
            {chunk.trim() ? <a href={href(first.path)}>{chunk}</a> : chunk}
          </mark>
        );
      })}
    </div>
  );
}

export function SourcePage({ slug }: { slug: string }) {
  const { t, label, href } = useT();
  const { auth } = useAuth();
  const { query: params, route } = useLocation();
  const source = useQuery(SOURCE, { slug });
  const passages = citedPassages(slug);
  const root = useRef<HTMLDivElement>(null);
  const ready = !!source.data && !!passages.data;
  useEffect(() => {
    if (ready) document.getElementById("focus")?.scrollIntoView({ block: "center" });
  }, [ready, params.quote]);
  return (
    <Loading query={source}>
      {(data) => {
        const s = data.source;
        if (!s) return <h1>{t.notFound}</h1>;
        const list = passages.data ?? [];
        const { found } = segments(s.text, list);
        return (
          <>
            <h1>{s.title}</h1>
            <p>
              {s.publisher ?? ""} {s.publishedOn ?? ""} · {t.reliability}{t.colon}<span class={`rel rel-${s.reliability}`}>{label(s.reliability)}</span>
              {s.url && <> · <span class="url">{s.url}</span></>}
            </p>
            <p class="note">{s.reliabilityNote}</p>
            <p aria-live="polite" class="passage-count" aria-busy={!passages.data}>{passages.data ? t.citedPassages(found.length) : t.loading}</p>
            {auth && (
              <p>
                {t.selectPassage}{" "}
                <button
                  type="button"
                  id="link-selection"
                  onClick={() => {
                    const quote = selectedQuote(root.current, s.text);
                    if (quote) route(href("/curation", { source: s.slug, quote }));
                  }}
                >
                  {t.linkSelection}
                </button>
              </p>
            )}
            <SourceText text={s.text} passages={list} focus={params.quote} containerRef={root} label={s.title} />
            <h2>{t.evidence}</h2>
            <ul class="passages">
              {found.map((p) => (
                <li>{t.open}{p.quote}{t.close} — {t.supports} <a href={href(p.path)}>{p.label}</a></li>
              ))}
            </ul>
          </>
        );
      }}
    </Loading>
  );
}
