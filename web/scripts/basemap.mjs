// Builds the offline basemap (public/basemap.json) from the `world-atlas` npm package:
// Natural Earth 1:50m country boundaries (public domain), TopoJSON → GeoJSON. Keeps
// France and its neighbours, only the polygons around metropolitan France, with
// coordinates rounded to 0.01° (about 1 km) so the file stays small. Deterministic:
// the same package version always gives the same bytes.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const countries = feature(topology, topology.objects.countries);

// ISO 3166-1 numeric codes: France first, then the neighbours drawn for context.
const WANTED = ["250", "056", "442", "276", "756", "380", "724", "020", "492", "826", "528"];
const BOX = { west: -7, east: 11, south: 40.5, north: 52.5 };

const round = (x) => Math.round(x * 100) / 100;
const inBox = (ring) => ring.some(([lon, lat]) => lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north);
const polygonsOf = (g) => (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []);

const features = WANTED.flatMap((id) => {
  const country = countries.features.find((f) => f.id === id);
  if (!country) throw new Error(`world-atlas has no country ${id}`);
  const polygons = polygonsOf(country.geometry)
    .filter((polygon) => inBox(polygon[0]))
    .map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)])));
  if (polygons.length === 0) return [];
  return [{ type: "Feature", id, properties: { name: country.properties.name, france: id === "250" }, geometry: { type: "MultiPolygon", coordinates: polygons } }];
});

mkdirSync("public", { recursive: true });
const collection = { type: "FeatureCollection", source: "Natural Earth 1:50m via the world-atlas npm package (public domain)", features };
writeFileSync("public/basemap.json", JSON.stringify(collection) + "\n");
console.log(`basemap: ${features.length} countries, ${JSON.stringify(collection).length} bytes`);
