// PostGraphile v5 over lawtracker's PostgreSQL database, for bench/run.sh.
//
// It serves the tables of the `public` schema (lawtracker's own, untouched) and
// what the harness adds in its own schema `bench_pg` (bench/postgraphile/bench_pg.sql):
// `bench_pg.search`, the equivalent of lawtracker's full-text search, with the
// snippet as a computed column. The connection-filter plugin gives the `filter:`
// argument that the date-range query (Q3) needs, as a PostGraphile user would write it.
//
// Environment: DATABASE_URL (required), PORT (default 18302).
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  throw new Error("graphile.config.mjs: set DATABASE_URL");
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // v5 by default only exposes ordering, filtering and backward relations backed by
  // an index whose first column is the one used; lawtracker's schema has partial
  // indexes (citations_*) and range columns (incidents.occurred_end) that this hides.
  // Disabling the plugin gives v4's default (`ignoreIndexes: true`): everything.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ["public", "bench_pg"],
      // lawtracker's PostgreSQL pool holds 16 connections (core/src/store/mod.rs);
      // give PostGraphile the same instead of node-postgres' default of 10.
      poolConfig: { max: 16 },
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 18302),
    graphqlPath: "/graphql",
    graphiql: false,
    // No schema watching: the benchmark's schema does not change while it runs.
    watch: false,
  },
  grafast: {
    // No EXPLAIN output in responses: it would add work lawtracker does not do.
    explain: false,
  },
  schema: {
    // Only what the queries need from the filter plugin: plain comparisons.
    connectionFilterAllowedOperators: ["equalTo", "lessThanOrEqualTo", "greaterThanOrEqualTo"],
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
    connectionFilterArrays: false,
  },
};

export default preset;
