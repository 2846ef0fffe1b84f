// Writes Q7, graphql-js's full introspection query, for both targets of
// bench/run.sh: bench/queries/{lawtracker,postgraphile}/q7-introspection.graphql.
//
// The files hold the exact text graphql-js 16's getIntrospectionQuery() returns
// with every option GraphiQL and codegen tools turn on (no comment added, leading
// newline and indentation kept), so the benchmark sends, byte for byte, what
// those tools send. The text is committed; regenerate it after changing the
// graphql version that tools/audit pins:
//
//   (cd tools/audit && npm ci) && node bench/introspection-query.mjs
//
// graphql is resolved from tools/audit/node_modules (the project's one pinned copy).
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bench = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(bench, "..", "tools", "audit", "package.json"));
let graphql;
try {
  graphql = require("graphql");
} catch (error) {
  console.error("introspection-query: graphql is not installed: run (cd tools/audit && npm ci) first");
  process.exit(1);
}
if (!graphql.version.startsWith("16.")) {
  console.error(`introspection-query: tools/audit has graphql ${graphql.version}, expected 16.x`);
  process.exit(1);
}

const text = graphql.getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
for (const target of ["lawtracker", "postgraphile"]) {
  const file = join(bench, "queries", target, "q7-introspection.graphql");
  writeFileSync(file, text);
  console.log(`wrote ${file} (graphql ${graphql.version}, ${text.length} characters)`);
}
