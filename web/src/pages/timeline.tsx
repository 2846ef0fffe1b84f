import { useLocation } from "preact-iso";
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading } from "../components";
import { nodePath } from "./paths";

const TIMELINE = graphql(`
  query TimelinePage($from: Date, $to: Date, $lang: Language) {
    timeline(from: $from, to: $to, first: 100) {
      type date datePrecision title(lang: $lang) slug
      node { id ...NodeLink }
    }
  }
`);

export function TimelinePage() {
  const { t, label, href, apiLang } = useT();
  const { query: params, path, route } = useLocation();
  const from = params.from || undefined;
  const to = params.to || undefined;
  const query = useQuery(TIMELINE, { from, to, lang: apiLang });
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams(params);
    for (const name of ["from", "to"]) {
      const value = String(form.get(name) ?? "");
      if (value) next.set(name, value);
      else next.delete(name);
    }
    route(`${path}?${next}`);
  };
  return (
    <>
      <h1>{t.timeline}</h1>
      <form class="filters" onSubmit={apply} aria-label={t.filters} key={`${from}|${to}`}>
        <label>{t.from} <input type="date" name="from" defaultValue={from} /></label>
        <label>{t.to} <input type="date" name="to" defaultValue={to} /></label>
        <button type="submit">{t.filters}</button>
      </form>
      <Loading query={query}>
        {(data) => (
          <ol class="chrono timeline">
            {data.timeline.map((entry) => {
              const target = nodePath(entry.node);
              return (
                <li class={`chrono-${entry.type}`}>
                  <time>{entry.date}</time> <span class="tag">{label(entry.type)}</span>{" "}
                  {target ? <a href={href(target)}>{entry.title}</a> : entry.title}
                </li>
              );
            })}
          </ol>
        )}
      </Loading>
    </>
  );
}
