// Where the add-in is served from: one build setting, FINSAM_BASE_URL (default the dev server,
// https://localhost:3000). The committed manifest.xml and the @helpurl JSDoc say the dev server;
// the build writes the base into dist/addin's manifest.xml and functions.json, so a hosted build
// (`FINSAM_BASE_URL=https://finsam.example.se npm run build`) points Excel at its real host,
// where the help pages are served too (help/<name>.html beside taskpane.html).
'use strict';

const fs = require('fs');
const path = require('path');
const { URL } = require('url');

/** The base the committed files are written for: webpack serve's address. */
function devBaseUrl(port = 3000) {
  return `https://localhost:${port}`;
}

/**
 * The base URL from the environment, without a trailing slash. Office loads add-ins over https
 * only, and a query or fragment would end up in the middle of every URL, so both are refused.
 */
function baseUrl(env = process.env, fallback = devBaseUrl()) {
  const raw = (env.FINSAM_BASE_URL || fallback).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`FINSAM_BASE_URL "${raw}" is not a URL (example: https://finsam.example.se)`);
  }
  if (url.protocol !== 'https:') throw new Error(`FINSAM_BASE_URL "${raw}" must be https: Office loads add-ins over https only`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`FINSAM_BASE_URL "${raw}" must be a plain https address, no query, fragment or credentials`);
  return raw;
}

/** Every "<from>/…" in the text as "<to>/…" (only whole-base prefixes, so https://localhost:30000 stays). */
function rebase(text, from, to) {
  if (from === to) return text;
  return text.split(`${from}/`).join(`${to}/`);
}

/**
 * Webpack: rewrites functions.json (emitted by CustomFunctionsMetadataPlugin from the JSDoc) and
 * emits manifest.xml from the committed one, both with the base. Runs after the assets exist.
 */
class BaseUrlPlugin {
  constructor({ base, devBase, manifest = path.join(__dirname, '..', 'manifest.xml') }) {
    this.base = base;
    this.devBase = devBase;
    this.manifest = manifest;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BaseUrlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BaseUrlPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const metadata = compilation.getAsset('functions.json');
        if (metadata) {
          const text = rebase(metadata.source.source().toString(), this.devBase, this.base);
          compilation.updateAsset('functions.json', new sources.RawSource(text));
        }
        const xml = rebase(fs.readFileSync(this.manifest, 'utf8'), this.devBase, this.base);
        compilation.emitAsset('manifest.xml', new sources.RawSource(xml));
        compilation.fileDependencies.add(this.manifest);
      });
    });
  }
}

module.exports = { BaseUrlPlugin, baseUrl, devBaseUrl, rebase };
