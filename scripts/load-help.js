// Loads the help source (src/help, TypeScript) into a Node script: the webpack help plugin and
// `npm run help:sync` both read it from here, so they use the very text the tests check.
// TypeScript is only transpiled (no type check; `npm run typecheck` does that), and only files
// under src/help are loaded this way: the help imports nothing else.
'use strict';

const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const HELP_DIR = path.join(__dirname, '..', 'src', 'help');

let installed = false;

function install() {
  if (installed) return;
  const previous = require.extensions['.ts'];
  require.extensions['.ts'] = function loadTypeScript(module, filename) {
    if (!filename.startsWith(HELP_DIR + path.sep)) {
      if (previous) return previous(module, filename);
      throw new Error(`load-help: ${filename} is outside src/help; the help source must not import it`);
    }
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
  installed = true;
}

/** Every file of the help source, for webpack's watch list. */
function helpFiles(dir = HELP_DIR) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? helpFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** A module of src/help ("site", "jsdoc" …), fresh from disk (watch mode sees edits). */
function loadHelpModule(name) {
  install();
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(HELP_DIR + path.sep)) delete require.cache[key];
  }
  return require(path.join(HELP_DIR, name));
}

module.exports = { HELP_DIR, helpFiles, loadHelpModule };
