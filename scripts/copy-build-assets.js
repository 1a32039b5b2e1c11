#!/usr/bin/env node
// Copies generated data the compiled code loads at run time (tsc copies only .ts output) into dist/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const assets = ['libs/kube-schemas/src/generated'];

for (const asset of assets) {
  const from = path.join(root, asset);
  if (!fs.existsSync(from)) {
    console.error(
      `[build] ${asset} is missing: run \`node scripts/generate-kube-schemas.js\` (npm start and npm test do)`,
    );
    process.exit(1);
  }
  fs.cpSync(from, path.join(root, 'dist', asset), { recursive: true });
}
