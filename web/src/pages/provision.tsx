// A provision: its measures at each stage, a diff between any two stages or days
// (text and measures), linked incidents and criticisms with their evidence, and the
// contested claims about it, side by side.
import { useLocation } from "preact-iso";
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Corroboration, Evidence, Loading, Status } from "../components";
import { Claims } from "./claims";

const PROVISION = graphql(`
  query ProvisionPage($slug: ID!, $lang: Language) {
    provision(id: $slug) {
      slug article heading(lang: $lang) summary: localizedSummary(lang: $lang) { text language } status theme version
      law { stages { slug occurredOn description } }
      events { slug kind occurredOn title(lang: $lang) }
      parameters { name label(lang: $lang) display(lang: $lang) baseline stage { slug occurredOn } }
      corroboration { sourceCount bestReliability onlyLowReliability }
      citations { quote note source { slug title reliability } }
      incidents {
        relation note
        incident { slug title(lang: $lang) occurredOn facility { name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      criticisms {
        note
        criticism { slug stance summary(lang: $lang) rights author { slug name } }
        citations { quote note source { slug title reliability } }
        corroboration { sourceCount bestReliability onlyLowReliability }
      }
      claims {
        slug question contested
        claims { value citations { quote note source { slug title reliability } } corroboration { sourceCount bestReliability onlyLowReliability } }
      }
    }
  }
`);

const DIFF = graphql(`
  query ProvisionDiff($slug: ID!, $from: String!, $to: String!, $lang: Language) {
    provision(id: $slug) {
      diff(from: $from, to: $to) {
        from to statusFrom statusTo
        measures { name from { label(lang: $lang) display(lang: $lang) beforeTheLaw } to { label(lang: $lang) display(lang: $lang) beforeTheLaw } }
        textFrom { kind text source { slug title } }
        textTo { kind text source { slug title } }
        text { change text }
      }
    }
  }
`);

/** The day before `date` (YYYY-MM-DD): "before the law" is the eve of its first stage. */
function eve(date: string): string {
  const d = new Date(`${date.length === 10 ? date : `${date}-01`.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function ParameterTable({ parameters, stages }: { parameters: { name: string; label: string; display: string; baseline?: string | null; stage?: { slug: string } | null }[]; stages: { slug: string; occurredOn: string }[] }) {
  const { t } = useT();
  if (parameters.length === 0) return null;
  const names = [...new Set(parameters.map((p) => p.name))];
  const used = stages.filter((s) => parameters.some((p) => p.stage?.slug === s.slug));
  return (
    <table class="parameters">
      <caption>{t.parameters}</caption>
      <thead>
        <tr>
          <th scope="col">{t.measure}</th>
          <th scope="col">{t.beforeTheLaw}</th>
          {used.map((s) => <th scope="col"><time>{s.occurredOn}</time><br />{s.slug}</th>)}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => {
          const rows = parameters.filter((p) => p.name === name);
          return (
            <tr>
              <th scope="row">{rows[0].label}</th>
              <td>{rows.find((r) => r.baseline)?.baseline ?? ""}</td>
              {used.map((s) => <td>{rows.filter((r) => r.stage?.slug === s.slug).map((r) => r.display).join(" · ")}</td>)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Diff({ slug, from, to }: { slug: string; from: string; to: string }) {
  const { t, apiLang } = useT();
  const query = useQuery(DIFF, { slug, from, to, lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const diff = data.provision?.diff;
        if (!diff) return null;
        return (
          <div class="diff" aria-live="polite">
            <p>
              {diff.from} → {diff.to} · {t.status}{t.colon}{diff.statusFrom ? <Status value={diff.statusFrom} /> : "—"} → {diff.statusTo ? <Status value={diff.statusTo} /> : "—"}
            </p>
            <h3>{t.measures}</h3>
            {diff.measures.length === 0 ? <p>{t.noMeasureChange}</p> : (
              <table class="measures">
                <thead><tr><th scope="col">{t.measure}</th><th scope="col">{diff.from}</th><th scope="col">{diff.to}</th></tr></thead>
                <tbody>
                  {diff.measures.map((m) => (
                    <tr class="measure-change" data-name={m.name}>
                      <th scope="row">{m.from?.label ?? m.to?.label ?? m.name}</th>
                      <td class="measure-from"><del>{m.from?.display ?? "—"}</del></td>
                      <td class="measure-to"><ins>{m.to?.display ?? "—"}</ins></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3>{t.text}</h3>
            {diff.text.length === 0 ? <p>{t.noText}</p> : (
              <>
                {[diff.textFrom, diff.textTo].some((x) => x?.kind === "SOURCE_ACCOUNT") && <p class="note">{t.sourceAccount}</p>}
                <p class="text-diff">
                  {diff.text.map((run) => run.change === "DELETED" ? <del>{run.text}</del> : run.change === "INSERTED" ? <ins>{run.text}</ins> : <span>{run.text}</span>)}
                </p>
              </>
            )}
          </div>
        );
      }}
    </Loading>
  );
}

export function ProvisionPage({ slug }: { slug: string }) {
  const { t, lang, label, href, apiLang } = useT();
  const { query: params, path, route } = useLocation();
  const query = useQuery(PROVISION, { slug, lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const p = data.provision;
        if (!p) return <h1>{t.notFound}</h1>;
        const stages = p.law.stages;
        const before = stages[0] ? eve(stages[0].occurredOn) : "2000-01-01";
        const from = params.from || before;
        const to = params.to || (stages.find((s) => s.slug === "promulgation") ?? stages[stages.length - 1])?.slug || before;
        const compare = (event: Event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget as HTMLFormElement);
          const next = new URLSearchParams(params);
          next.set("from", String(form.get("from")));
          next.set("to", String(form.get("to")));
          route(`${path}?${next}`);
        };
        return (
          <>
            <h1>{p.article ? `${p.article} — ` : ""}{p.heading}</h1>
            <p>{t.status}{t.colon}<Status value={p.status} /> · {label(p.theme)} · <Corroboration value={p.corroboration} /></p>
            <p class="summary" lang={p.summary.language.toLowerCase()}>{p.summary.text}</p>
            {p.summary.language.toLowerCase() !== lang && <p class="note">{t.notTranslated}</p>}
            <Evidence citations={p.citations} />
            {p.events.length > 0 && (
              <>
                <h2>{t.events}</h2>
                <ul>{p.events.map((e) => <li><time>{e.occurredOn}</time> {e.title}</li>)}</ul>
              </>
            )}
            <ParameterTable parameters={p.parameters} stages={stages} />
            <h2>{t.diff}</h2>
            <form class="diff-form" key={`${from}|${to}`} onSubmit={compare}>
              <datalist id="moments">
                <option value={before}>{t.beforeTheLaw}</option>
                {stages.map((s) => <option value={s.slug}>{s.occurredOn} — {s.description}</option>)}
              </datalist>
              <label>{t.diffFrom} <input name="from" list="moments" defaultValue={from} aria-describedby="diff-help" /></label>
              <label>{t.diffTo} <input name="to" list="moments" defaultValue={to} aria-describedby="diff-help" /></label>
              <button type="submit">{t.diff}</button>
              <small id="diff-help">{t.diffHelp}</small>
            </form>
            <Diff slug={p.slug} from={from} to={to} />
            <h2>{t.incidents}</h2>
            {p.incidents.length === 0 ? <p>{t.none}</p> : (
              <ul class="links">
                {p.incidents.map((link) => (
                  <li>
                    <a href={href(`/incidents/${link.incident.slug}`)}>{link.incident.title}</a> ({link.incident.occurredOn}
                    {link.incident.facility ? `, ${link.incident.facility.name}` : ""}) · {label(link.relation)} · <Corroboration value={link.corroboration} />
                    {link.note && <p class="note">{link.note}</p>}
                    <Evidence citations={link.citations} />
                  </li>
                ))}
              </ul>
            )}
            <h2>{t.criticisms}</h2>
            {p.criticisms.length === 0 ? <p>{t.none}</p> : (
              <ul class="links criticisms">
                {p.criticisms.map((link) => (
                  <li data-slug={link.criticism.slug}>
                    <a href={href(`/actors/${link.criticism.author.slug}`)}>{link.criticism.author.name}</a> · {label(link.criticism.stance)} ·{" "}
                    <a href={href(`/criticisms/${link.criticism.slug}`)}>{link.criticism.summary}</a> · <Corroboration value={link.corroboration} />
                    <Evidence citations={link.citations} />
                  </li>
                ))}
              </ul>
            )}
            <Claims claims={p.claims} />
          </>
        );
      }}
    </Loading>
  );
}
