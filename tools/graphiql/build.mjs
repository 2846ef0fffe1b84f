// Builds GraphiQL for lawtracker's `/` into api/assets/graphiql/build/: one
// minified script, one stylesheet, and the fonts and images the stylesheet held as
// data: URIs written out as files (so that a Content-Security-Policy of 'self' alone
// admits them). Production builds of React; no CDN, nothing fetched at run time.
//
//   npm ci && node build.mjs            # rebuild the committed assets
//   node build.mjs --check              # exit 1 if the committed assets differ
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '../../api/assets/graphiql/build');
const check = process.argv.includes('--check');

const scratch = mkdtempSync(join(tmpdir(), 'graphiql-build-'));
await esbuild.build({
  entryPoints: { graphiql: join(here, 'entry.jsx') },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'external',
  outdir: scratch,
  logLevel: 'warning',
});

const files = new Map();
for (const name of readdirSync(scratch)) {
  files.set(name, readFileSync(join(scratch, name)));
}
rmSync(scratch, { recursive: true });

// url(data:font/woff2;base64,...) → url(asset-<hash>.woff2), the file beside the stylesheet.
const extensions = { 'font/woff2': 'woff2', 'font/woff': 'woff', 'image/png': 'png' };
const css = files.get('graphiql.css').toString('utf8').replace(
  /url\((["']?)data:([a-z0-9/+.-]+);base64,([A-Za-z0-9+/=]+)\1\)/g,
  (whole, _quote, mime, data) => {
    const extension = extensions[mime];
    if (!extension) throw new Error(`a data: URI of an unexpected type ${mime} in GraphiQL's stylesheet`);
    const bytes = Buffer.from(data, 'base64');
    const name = `asset-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;
    files.set(name, bytes);
    return `url(${name})`;
  },
);
if (css.includes('data:')) throw new Error('a data: URI is left in the stylesheet');
files.set('graphiql.css', Buffer.from(css));

if (check) {
  let committed = [];
  try {
    committed = readdirSync(target);
  } catch {
    // No build committed: every file differs.
  }
  const differing = [...new Set([...committed, ...files.keys()])].filter((name) => {
    try {
      return !files.has(name) || !readFileSync(join(target, name)).equals(files.get(name));
    } catch {
      return true;
    }
  });
  if (differing.length > 0) {
    console.error(`api/assets/graphiql/build differs from a fresh build: ${differing.sort().join(', ')}`);
    console.error('rebuild it with: (cd tools/graphiql && npm ci && node build.mjs)');
    process.exit(1);
  }
  console.log(`api/assets/graphiql/build matches a fresh build (${files.size} files)`);
} else {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(target, name), bytes);
  console.log(`wrote ${files.size} files to api/assets/graphiql/build`);
}
