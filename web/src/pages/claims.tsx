// Contested claims: each source's answer in its own column with its own evidence,
// never merged into one.
import { useT } from "../i18n";
import { Corroboration, Evidence, type CitationView, type CorroborationView } from "../components";

export interface ClaimsView {
  slug: string;
  question: string;
  contested: boolean;
  claims: readonly { value: string; citations: readonly CitationView[]; corroboration: CorroborationView }[];
}

export function Claims({ claims }: { claims: readonly ClaimsView[] }) {
  const { t } = useT();
  if (claims.length === 0) return null;
  return (
    <section>
      <h2>{t.claims}</h2>
      {claims.map((q) => (
        <div class="claim-question">
          <h3>{q.question} {q.contested && <span class="badge badge-weak">{t.contested}</span>}</h3>
          <div class="side-by-side">
            {q.claims.map((c) => (
              <div class="claim">
                <p class="claim-value">{c.value}</p>
                <Corroboration value={c.corroboration} />
                <Evidence citations={c.citations} />
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
