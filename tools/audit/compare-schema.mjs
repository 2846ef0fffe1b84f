// Rebuilds a schema from an introspection result with graphql-js (what GraphQL Code
// Generator, Relay and GraphiQL do) and prints it beside the checked-in SDL, both
// printed by graphql-js with types and fields sorted, as JSON
// { fromIntrospection, fromSdl }, so that a test can compare them.
//
//   node tools/audit/compare-schema.mjs schema.graphql < introspection-result.json
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, lexicographicSortSchema, printSchema } from 'graphql';

const sdlPath = process.argv[2];
const result = JSON.parse(readFileSync(0, 'utf8'));
if (!result.data) {
  console.error(`the introspection answer has no data: ${JSON.stringify(result.errors)}`);
  process.exit(1);
}
const print = (schema) => printSchema(lexicographicSortSchema(schema));
const fromIntrospection = print(buildClientSchema(result.data));
const fromSdl = print(buildSchema(readFileSync(sdlPath, 'utf8')));
console.log(JSON.stringify({ fromIntrospection, fromSdl }));
