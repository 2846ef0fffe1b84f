// Runs the graphql-http server audits (the GraphQL-over-HTTP specification's
// conformance suite) against a running lawtracker and fails on any error or warning.
//
//   node tools/audit/audit.mjs http://127.0.0.1:8080/graphql
//
// Prints one line per audit and a summary; exits 1 if any audit is an error or a
// warning (notices are optional parts of the specification lawtracker leaves out).
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL_OF_GRAPHQL_ENDPOINT');
  process.exit(2);
}

const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
const failures = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  counts[result.status] += 1;
  const line = `${result.status.padEnd(6)} ${audit.id} ${audit.name}`;
  console.log(line);
  if (result.status === 'error' || result.status === 'warn') {
    let body = '';
    try {
      body = result.response ? await result.response.text() : '';
    } catch {
      // The body was read by the audit itself.
    }
    failures.push(`${line}\n       ${result.reason}${body ? `\n       body: ${body.slice(0, 300)}` : ''}`);
  }
}
console.log(`graphql-http audits: ${counts.ok} ok, ${counts.warn} warnings, ${counts.notice} notices, ${counts.error} errors`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
