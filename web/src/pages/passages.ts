// Every passage of a source that some fact or link cites, with what it supports.
// The API has no "citations of a source" field, so this reads the citations of
// every kind of record (first 100 of each list) and keeps those quoting the source.
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";

export interface Passage {
  quote: string;
  /** What the quote supports, in words. */
  label: string;
  /** Where that is in the front end. */
  path: string;
}

const LAW_CITATIONS = graphql(`
  query LawCitations($lang: Language) {
    laws(first: 5) {
      nodes {
        slug titleFr citations { quote source { slug } }
        stages { slug description citations { quote source { slug } } }
        events { slug title(lang: $lang) provision { slug } citations { quote source { slug } } }
        claims { question claims { value citations { quote source { slug } } } }
      }
    }
    facilities(first: 100) { nodes { slug name citations { quote source { slug } } } }
    actors(first: 100) { nodes { slug name citations { quote source { slug } } } }
  }
`);

const PROVISION_CITATIONS = graphql(`
  query ProvisionCitations($lang: Language) {
    provisions(first: 100) {
      nodes {
        slug heading(lang: $lang) citations { quote source { slug } }
        parameters { label citations { quote source { slug } } }
        texts { text source { slug } }
      }
    }
  }
`);

const INCIDENT_CITATIONS = graphql(`
  query IncidentCitations($lang: Language) {
    incidents(first: 100) {
      nodes {
        slug title(lang: $lang) citations { quote source { slug } }
        outcomes { name citations { quote source { slug } } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`);

const CRITICISM_CITATIONS = graphql(`
  query CriticismCitations($lang: Language) {
    criticisms(first: 100) {
      nodes {
        slug summary(lang: $lang) citations { quote source { slug } }
        provisions { provision { slug heading(lang: $lang) } citations { quote source { slug } } }
      }
    }
  }
`);

type Cited = { quote: string; source: { slug: string } };

export function citedPassages(source: string): { data?: Passage[] } {
  const { apiLang } = useT();
  const law = useQuery(LAW_CITATIONS, { lang: apiLang });
  const provisions = useQuery(PROVISION_CITATIONS, { lang: apiLang });
  const incidents = useQuery(INCIDENT_CITATIONS, { lang: apiLang });
  const criticisms = useQuery(CRITICISM_CITATIONS, { lang: apiLang });
  if (!law.data || !provisions.data || !incidents.data || !criticisms.data) return {};
  const out: Passage[] = [];
  const add = (citations: readonly Cited[], label: string, path: string) => {
    for (const c of citations) if (c.source.slug === source) out.push({ quote: c.quote, label, path });
  };
  for (const l of law.data.laws.nodes) {
    add(l.citations, l.titleFr, "/");
    for (const s of l.stages) add(s.citations, s.description, "/");
    for (const e of l.events) add(e.citations, e.title, e.provision ? `/provisions/${e.provision.slug}` : "/");
    for (const q of l.claims) for (const c of q.claims) add(c.citations, `${q.question} — ${c.value}`, "/");
  }
  for (const f of law.data.facilities.nodes) add(f.citations, f.name, `/facilities/${f.slug}`);
  for (const a of law.data.actors.nodes) add(a.citations, a.name, `/actors/${a.slug}`);
  for (const p of provisions.data.provisions.nodes) {
    add(p.citations, p.heading, `/provisions/${p.slug}`);
    for (const m of p.parameters) add(m.citations, `${p.heading} — ${m.label}`, `/provisions/${p.slug}`);
    for (const text of p.texts) add([{ quote: text.text, source: text.source }], `${p.heading}`, `/provisions/${p.slug}`);
  }
  for (const i of incidents.data.incidents.nodes) {
    add(i.citations, i.title, `/incidents/${i.slug}`);
    for (const o of i.outcomes) add(o.citations, `${i.title} — ${o.name}`, `/incidents/${i.slug}`);
    for (const l of i.provisions) add(l.citations, `${i.title} → ${l.provision.heading}`, `/provisions/${l.provision.slug}`);
  }
  for (const c of criticisms.data.criticisms.nodes) {
    add(c.citations, c.summary, `/criticisms/${c.slug}`);
    for (const l of c.provisions) add(l.citations, `${c.summary} → ${l.provision.heading}`, `/provisions/${l.provision.slug}`);
  }
  return { data: out };
}
