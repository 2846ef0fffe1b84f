// The JavaScript budget: all of dist/'s JavaScript, gzipped, at most 250 KB (the
// basemap is JSON and not counted). Fails the build when over.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const LIMIT = 250 * 1024;
const files = [];
const walk = (dir) => readdirSync(dir).forEach((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) walk(path);
  else if (path.endsWith(".js")) files.push(path);
});
walk("dist");
let total = 0;
for (const file of files.sort()) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
console.log(`JavaScript total: ${(total / 1024).toFixed(1)} KB gzipped (budget ${LIMIT / 1024} KB)`);
if (total > LIMIT) {
  console.error("over the JavaScript budget");
  process.exit(1);
}
