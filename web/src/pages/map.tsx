// Incidents on an offline map of France: the basemap is bundled (Natural Earth via
// the world-atlas npm package, see scripts/basemap.mjs), the points are the
// `incidentsGeojson` field, the same document as GET /incidents.geojson.
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { geoConicConformal, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { graphql } from "../gql";
import { useQuery } from "../hooks";
import { useT } from "../i18n";
import { Loading } from "../components";

const MAP = graphql(`
  query MapPage($filter: IncidentFilterInput, $lang: Language) {
    incidentsGeojson(filter: $filter, lang: $lang)
    provisions(first: 100) { nodes { slug heading(lang: $lang) } }
  }
`);

const KINDS = ["ARSON", "GUNFIRE", "VANDALISM", "INTIMIDATION", "GRAFFITI", "RIOT", "ASSAULT", "SMUGGLING", "ESCAPE_ATTEMPT", "OTHER"];

interface Feature {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: { slug: string; title: string; occurredOn: string; facilityName?: string; kinds: string[] };
}

interface Basemap {
  type: "FeatureCollection";
  features: { id: string; properties: { name: string; france: boolean } }[];
}

const WIDTH = 600;
const HEIGHT = 600;

export function MapPage() {
  const { t, label, href, apiLang } = useT();
  const { query: params, path, route } = useLocation();
  const filter = { from: params.from || undefined, to: params.to || undefined, kind: (params.kind || undefined) as never, provision: params.provision || undefined };
  const query = useQuery(MAP, { filter, lang: apiLang });
  const [basemap, setBasemap] = useState<Basemap>();
  useEffect(() => {
    fetch("/app/basemap.json").then((r) => r.json()).then(setBasemap, () => {});
  }, []);
  const france = basemap?.features.filter((f) => f.properties.france);
  const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  if (france) projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], { type: "FeatureCollection", features: france } as unknown as GeoPermissibleObjects);
  const path2d = geoPath(projection);
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams(params);
    for (const name of ["from", "to", "kind", "provision"]) {
      const value = String(form.get(name) ?? "");
      if (value) next.set(name, value);
      else next.delete(name);
    }
    route(`${path}?${next}`);
  };
  return (
    <>
      <h1>{t.map}</h1>
      <Loading query={query}>
        {(data) => {
          const geo = data.incidentsGeojson as { features: Feature[]; withoutCoordinates: number };
          return (
            <>
              <form class="filters" onSubmit={apply} aria-label={t.filters} key={JSON.stringify(filter)}>
                <label>{t.from} <input type="date" name="from" defaultValue={filter.from} /></label>
                <label>{t.to} <input type="date" name="to" defaultValue={filter.to} /></label>
                <label>{t.kind}{" "}
                  <select name="kind" defaultValue={filter.kind ?? ""}>
                    <option value="">{t.any}</option>
                    {KINDS.map((k) => <option value={k}>{label(k)}</option>)}
                  </select>
                </label>
                <label>{t.provision}{" "}
                  <select name="provision" defaultValue={filter.provision ?? ""}>
                    <option value="">{t.any}</option>
                    {data.provisions.nodes.map((p) => <option value={p.slug}>{p.heading}</option>)}
                  </select>
                </label>
                <button type="submit">{t.filters}</button>
              </form>
              <p class="map-count" aria-live="polite">{t.markers(geo.features.length, geo.withoutCoordinates)}</p>
              <svg class="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t.map}>
                {basemap?.features.map((f) => (
                  <path d={path2d(f as unknown as GeoPermissibleObjects) ?? ""} class={f.properties.france ? "land-fr" : "land"} aria-hidden="true" />
                ))}
                {geo.features.map((f) => {
                  const [x, y] = projection(f.geometry.coordinates) ?? [0, 0];
                  return (
                    <a href={href(`/incidents/${f.properties.slug}`)} class="marker" aria-label={`${f.properties.occurredOn} ${f.properties.title}`}>
                      <circle cx={x} cy={y} r="6" data-slug={f.properties.slug}>
                        <title>{`${f.properties.occurredOn} — ${f.properties.title}${f.properties.facilityName ? ` (${f.properties.facilityName})` : ""}`}</title>
                      </circle>
                    </a>
                  );
                })}
              </svg>
              <p class="note">{t.basemapCredit}</p>
              {/* The same incidents as a list: markers at one facility overlap on the map. */}
              <ol class="map-list">
                {geo.features.map((f) => (
                  <li><time>{f.properties.occurredOn}</time> <a href={href(`/incidents/${f.properties.slug}`)}>{f.properties.title}</a>{f.properties.facilityName ? ` — ${f.properties.facilityName}` : ""}</li>
                ))}
              </ol>
            </>
          );
        }}
      </Loading>
    </>
  );
}
