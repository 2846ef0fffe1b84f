// An actor and their criticisms, grouped by the right each invokes.
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Evidence, Loading } from "../components";

const ACTOR = graphql(`
  query ActorPage($slug: ID!, $lang: Language) {
    actor(id: $slug) {
      slug name kind description
      citations { quote note source { slug title reliability } }
      criticisms(first: 100) {
        nodes {
          slug stance rights summary(lang: $lang) quote statedOn
          provisions { provision { slug heading(lang: $lang) } }
          citations { quote note source { slug title reliability } }
        }
      }
    }
  }
`);

export function ActorPage({ slug }: { slug: string }) {
  const { t, label, href, apiLang } = useT();
  const query = useQuery(ACTOR, { slug, lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const actor = data.actor;
        if (!actor) return <h1>{t.notFound}</h1>;
        const rights = new Map<string, typeof actor.criticisms.nodes>();
        for (const c of actor.criticisms.nodes) for (const right of c.rights.length ? c.rights : ["—"]) rights.set(right, [...(rights.get(right) ?? []), c]);
        return (
          <>
            <h1>{actor.name}</h1>
            <p>{actor.description}</p>
            <Evidence citations={actor.citations} />
            <h2>{t.byRight}</h2>
            {[...rights.entries()].map(([right, criticisms]) => (
              <section class="right">
                <h3>{right.replace(/_/g, " ")}</h3>
                <ul>
                  {criticisms.map((c) => (
                    <li>
                      <span class="tag">{label(c.stance)}</span> <a href={href(`/criticisms/${c.slug}`)}>{c.summary}</a>
                      {c.statedOn ? ` (${c.statedOn})` : ""}
                      {c.provisions.length > 0 && <> → {c.provisions.map((l) => <a href={href(`/provisions/${l.provision.slug}`)}>{l.provision.heading} </a>)}</>}
                      <Evidence citations={c.citations} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        );
      }}
    </Loading>
  );
}
