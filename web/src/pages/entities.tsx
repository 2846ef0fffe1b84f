// Incident, facility and criticism pages: each with its evidence and links onward.
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Corroboration, Evidence, Loading } from "../components";
import { Claims } from "./claims";

const INCIDENT = graphql(`
  query IncidentPage($slug: ID!, $lang: Language) {
    incident(id: $slug) {
      slug title(lang: $lang) summary(lang: $lang) occurredOn timeOfDay kinds place campaign
      facility { slug name city }
      investigatingBody { slug name }
      outcomes { display(lang: $lang) name citations { quote note source { slug title reliability } } }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { relation provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);

export function IncidentPage({ slug }: { slug: string }) {
  const { t, label, href, apiLang } = useT();
  const query = useQuery(INCIDENT, { slug, lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const i = data.incident;
        if (!i) return <h1>{t.notFound}</h1>;
        return (
          <>
            <h1>{i.title}</h1>
            <p>
              <time>{i.occurredOn}</time>{i.timeOfDay ? ` ${i.timeOfDay}` : ""} · {i.kinds.map(label).join(", ")}
              {i.facility && <> · <a href={href(`/facilities/${i.facility.slug}`)}>{i.facility.name}</a></>}
              {i.investigatingBody && <> · <a href={href(`/actors/${i.investigatingBody.slug}`)}>{i.investigatingBody.name}</a></>}
            </p>
            <p><Corroboration value={i.corroboration} /></p>
            <p>{i.summary}</p>
            <h2>{t.evidence}</h2>
            <Evidence citations={i.citations} />
            {i.outcomes.length > 0 && (
              <>
                <h2>{t.outcomes}</h2>
                <ul>{i.outcomes.map((o) => <li>{o.name}{t.colon}{o.display}<Evidence citations={o.citations} /></li>)}</ul>
              </>
            )}
            <h2>{t.provision}</h2>
            {i.provisions.length === 0 ? <p>{t.none}</p> : (
              <ul>{i.provisions.map((l) => <li><a href={href(`/provisions/${l.provision.slug}`)}>{l.provision.heading}</a> · {label(l.relation)}<Evidence citations={l.citations} /></li>)}</ul>
            )}
            <Claims claims={i.claims} />
          </>
        );
      }}
    </Loading>
  );
}

const FACILITY = graphql(`
  query FacilityPage($slug: ID!, $lang: Language) {
    facility(id: $slug) {
      slug name kind city aliases latitude longitude coordinatesNote
      citations { quote note source { slug title reliability } }
      incidents(first: 100) { nodes { slug title(lang: $lang) occurredOn kinds } }
      claims { slug question contested claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } } }
    }
  }
`);

export function FacilityPage({ slug }: { slug: string }) {
  const { t, label, href, apiLang } = useT();
  const query = useQuery(FACILITY, { slug, lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const f = data.facility;
        if (!f) return <h1>{t.notFound}</h1>;
        return (
          <>
            <h1>{f.name}</h1>
            <p>{f.city ?? ""}{f.aliases.length > 0 && <> · {t.aliases}{t.colon}{f.aliases.join(", ")}</>}</p>
            {f.coordinatesNote && <p class="note">{f.latitude}, {f.longitude} — {f.coordinatesNote}</p>}
            <Evidence citations={f.citations} />
            <h2>{t.incidents}</h2>
            <ul class="incidents">
              {f.incidents.nodes.map((i) => <li><time>{i.occurredOn}</time> <a href={href(`/incidents/${i.slug}`)}>{i.title}</a> ({i.kinds.map(label).join(", ")})</li>)}
            </ul>
            <Claims claims={f.claims} />
          </>
        );
      }}
    </Loading>
  );
}

const CRITICISM = graphql(`
  query CriticismPage($slug: ID!, $lang: Language) {
    criticism(id: $slug) {
      slug stance rights summary(lang: $lang) quote statedOn version
      author { slug name }
      citations { quote note source { slug title reliability } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      provisions { provision { slug heading(lang: $lang) } citations { quote note source { slug title reliability } } }
    }
  }
`);

export function CriticismPage({ slug }: { slug: string }) {
  const { t, label, href, apiLang } = useT();
  const query = useQuery(CRITICISM, { slug, lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const c = data.criticism;
        if (!c) return <h1>{t.notFound}</h1>;
        return (
          <>
            <h1><a href={href(`/actors/${c.author.slug}`)}>{c.author.name}</a> · {label(c.stance)}</h1>
            <p class="summary">{c.summary}</p>
            {c.quote && <blockquote>{t.open}{c.quote}{t.close}</blockquote>}
            <p>{c.rights.join(", ")} {c.statedOn ? `· ${c.statedOn}` : ""} · <Corroboration value={c.corroboration} /></p>
            <Evidence citations={c.citations} />
            <h2>{t.provision}</h2>
            <ul>{c.provisions.map((l) => <li><a href={href(`/provisions/${l.provision.slug}`)}>{l.provision.heading}</a><Evidence citations={l.citations} /></li>)}</ul>
          </>
        );
      }}
    </Loading>
  );
}
