// Search as you type; the query lives in the URL (?q=) so a search can be shared.
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading, Snippet } from "../components";
import { nodePath } from "./paths";

const SEARCH = graphql(`
  query SearchPage($q: String!) {
    search(query: $q, first: 30) {
      totalCount
      nodes { type slug title snippet node { id ...NodeLink } }
    }
  }
`);

function Hits({ q }: { q: string }) {
  const { t, label, href } = useT();
  const query = useQuery(SEARCH, { q }, false);
  return (
    <Loading query={query}>
      {(data) => (
        <>
          <p aria-live="polite">{t.results(data.search.totalCount)}</p>
          <ol class="hits">
            {data.search.nodes.map((hit) => {
              const target = nodePath(hit.node);
              return (
                <li data-type={hit.type}>
                  <span class="tag">{label(hit.type)}</span> {target ? <a href={href(target)}>{hit.title}</a> : hit.title}
                  <br />
                  <Snippet text={hit.snippet} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Loading>
  );
}

export function SearchPage() {
  const { t } = useT();
  const { query: params, path, route } = useLocation();
  const [text, setText] = useState(params.q ?? "");
  // Debounced: one request per pause in typing, and the URL follows the query.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.q ?? "") === text.trim()) return;
      const next = new URLSearchParams(params);
      if (text.trim()) next.set("q", text.trim());
      else next.delete("q");
      route(`${path}${next.toString() ? `?${next}` : ""}`, true);
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <h1>{t.search}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="q">{t.searchLabel}</label>{" "}
        <input id="q" type="search" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
      </form>
      {params.q && <Hits q={params.q} />}
    </>
  );
}
