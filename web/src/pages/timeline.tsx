import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading } from "../components";
import { nodePath } from "./paths";

const TIMELINE = graphql(`
  query TimelinePage {
    timeline(first: 100) {
      type date datePrecision title slug
      node { id ...NodeLink }
    }
  }
`);

export function TimelinePage() {
  const { t, label, href } = useT();
  const query = useQuery(TIMELINE, {});
  return (
    <>
      <h1>{t.timeline}</h1>
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
