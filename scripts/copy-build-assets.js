#!/usr/bin/env node
// Copies files the compiled code loads at run time (tsc copies only .ts output) into dist/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// [folder, what to do when it is missing]
const assets = [
  // Generated data (kube schemas), made by a script.
  ['libs/kube-schemas/src/generated', 'run `node scripts/generate-kube-schemas.js` (npm start and npm test do)'],
  // The GraphQL playground's static page script and styles (served to browsers, never compiled).
  ['apps/api/src/graphql/playground/public', 'it is part of the sources: restore it from git'],
];

for (const [asset, hint] of assets) {
  const from = path.join(root, asset);
  if (!fs.existsSync(from)) {
    console.error(`[build] ${asset} is missing: ${hint}`);
    process.exit(1);
  }
  fs.cpSync(from, path.join(root, 'dist', asset), { recursive: true });
}
