// The law: title, legislative stages and lifecycle events on one time axis, and its
// articles grouped by theme with their status.
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading, Status } from "../components";

const LAW = graphql(`
  query LawPage($lang: Language) {
    laws(first: 1) {
      nodes {
        slug
        number
        title(lang: $lang) { text }
        status
        summary
        stages { slug occurredOn kind chamber outcome description }
        events { slug kind occurredOn title(lang: $lang) provision { slug } }
        provisions(first: 100) { nodes { slug article heading(lang: $lang) theme status } }
      }
    }
  }
`);

interface AxisItem {
  key: string;
  date: string;
  label: string;
  kind: "stage" | "event";
}

/** Days since the epoch of `2025`, `2025-04` or `2025-04-14` (its first day). */
function day(date: string): number {
  const [y, m = "1", d = "1"] = date.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

function TimeAxis({ items, label }: { items: AxisItem[]; label: string }) {
  if (items.length === 0) return null;
  const days = items.map((i) => day(i.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const width = 1000;
  const x = (d: number) => 20 + ((d - min) / Math.max(1, max - min)) * (width - 40);
  return (
    <figure class="axis">
      <svg viewBox={`0 0 ${width} 60`} role="img" aria-label={label}>
        <line x1="20" x2={width - 20} y1="30" y2="30" stroke="#333" />
        {items.map((item, index) => (
          <circle
            cx={x(day(item.date))}
            cy={item.kind === "stage" ? 22 : 38}
            r="5"
            class={item.kind === "stage" ? "dot-stage" : "dot-event"}
            data-index={index}
          >
            <title>{`${item.date} — ${item.label}`}</title>
          </circle>
        ))}
        <text x="20" y="56" class="axis-label">{items[0]?.date}</text>
        <text x={width - 20} y="56" text-anchor="end" class="axis-label">{items[items.length - 1]?.date}</text>
      </svg>
    </figure>
  );
}

export function LawPage() {
  const { t, label, href, apiLang } = useT();
  const query = useQuery(LAW, { lang: apiLang });
  return (
    <Loading query={query}>
      {(data) => {
        const law = data.laws.nodes[0];
        if (!law) return <p>{t.notFound}</p>;
        const items: AxisItem[] = [
          ...law.stages.map((s) => ({ key: s.slug, date: s.occurredOn, label: s.description, kind: "stage" as const })),
          ...law.events.map((e) => ({ key: e.slug, date: e.occurredOn, label: e.title, kind: "event" as const })),
        ].sort((a, b) => day(a.date) - day(b.date));
        const themes = new Map<string, typeof law.provisions.nodes>();
        for (const p of law.provisions.nodes) themes.set(p.theme, [...(themes.get(p.theme) ?? []), p]);
        // Articles whose content no source gives come last: a reader looks for what is known.
        const byTheme = [...themes.entries()].sort(([a], [b]) => Number(a === "UNKNOWN") - Number(b === "UNKNOWN"));
        return (
          <>
            <h1>{law.title.text}</h1>
            <p>
              {law.number ? `${t.lawNumber(law.number)} · ` : ""}
              {t.status}{t.colon}<Status value={law.status} />
            </p>
            <p>{law.summary}</p>
            <h2>{t.timeAxis}</h2>
            <TimeAxis items={items} label={t.timeAxis} />
            <p class="legend">
              <span class="key key-stage" aria-hidden="true" /> {t.stages} · <span class="key key-event" aria-hidden="true" /> {t.events}
            </p>
            <ol class="chrono">
              {items.map((item) => (
                <li class={`chrono-${item.kind}`}>
                  <time>{item.date}</time> <span class={`tag tag-${item.kind}`}>{label(item.kind === "stage" ? "LEGISLATIVE_STAGE" : "LIFECYCLE_EVENT")}</span> {item.label}
                </li>
              ))}
            </ol>
            <h2>{t.articlesByTheme}</h2>
            {byTheme.map(([theme, provisions]) => (
              <section class="theme">
                <h3>{label(theme)}</h3>
                <ul>
                  {provisions.map((p) => (
                    <li>
                      <a href={href(`/provisions/${p.slug}`)}>{p.article ? `${p.article} — ` : ""}{p.heading}</a> <Status value={p.status} />
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
