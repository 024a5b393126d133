#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml): completes index.html's Content-Security-Policy with
// the SHA-256 of every inline <script> in the staged page. Trunk writes its loader as an
// inline module script naming this build's hashed files, so its hash changes with every
// build and cannot be written into index.html by hand; the policy carries the placeholder
// __CHAINLAB_SCRIPT_HASHES__ in script-src, and this replaces it with 'sha256-…' sources.
// Any inline script the policy does not name would not run, so this fails the build if the
// page has no placeholder, or no inline script at all (Trunk changed how it loads the app).
// Runs before scripts/sw-version.sh, which hashes the staged files, index.html among them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash.mjs: run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)');
  process.exit(1);
}
const file = path.join(dir, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const PLACEHOLDER = '__CHAINLAB_SCRIPT_HASHES__';
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash.mjs: ${file} has no ${PLACEHOLDER} in its Content-Security-Policy`);
  process.exit(1);
}
const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/\bsrc\s*=/i.test(m[1])) continue;
  // The browser hashes the element's text exactly as written (UTF-8), whitespace included.
  hashes.push(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error('csp-hash.mjs: no inline script in index.html; is the placeholder still needed?');
  process.exit(1);
}
fs.writeFileSync(file, html.replaceAll(PLACEHOLDER, [...new Set(hashes)].join(' ')));
console.log(`csp-hash.mjs: script-src allows ${hashes.length} inline script(s) by hash`);
