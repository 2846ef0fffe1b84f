// Typed client generated from the server's checked-in SDL: a schema change that
// breaks a query of the front end fails `npm run build` (codegen validates every
// document, then tsc checks every use of the result types).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      // String documents: no GraphQL parser in the browser bundle.
      config: { documentMode: "string", enumsAsTypes: true, useTypeImports: true, skipTypename: true },
    },
  },
};
export default config;
