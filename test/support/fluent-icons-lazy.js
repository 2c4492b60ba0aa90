'use strict';
/**
 * @fluentui/react-icons for jest: the same exports, but each of its ~90 chunks (thousands of
 * icons) is loaded when one of its icons is first read. Fluent's components use a handful of
 * icons, and loading the whole set cost each pane test file about 1.7 CPU s (jest has no module
 * cache between files). The names are read from the real files, so nothing is listed by hand;
 * test/taskpane/fluent-icons-lazy.test.ts holds this to the real barrel.
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../../node_modules/@fluentui/react-icons/lib-cjs');
const source = fs.readFileSync(path.join(root, 'index.cjs'), 'utf8');

const loaded = new Map();
const load = (file) => {
  if (!loaded.has(file)) loaded.set(file, require(path.join(root, file)));
  return loaded.get(file);
};
const define = (name, file, property) => {
  // As tslib's __exportStar: the first module to export a name keeps it.
  if (name === '__esModule' || Object.prototype.hasOwnProperty.call(exports, name)) return;
  Object.defineProperty(exports, name, { enumerable: true, get: () => load(file)[property] });
};

const variables = new Map();
for (const [, variable, file] of source.matchAll(/var (\w+) = require\("([^"]+)"\);/g)) variables.set(variable, file);
const statements = source.matchAll(/__exportStar\(require\("([^"]+)"\), exports\)|Object\.defineProperty\(exports, "([\w$]+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.([\w$]+); \} \}\)/g);
for (const [, starred, name, variable, property] of statements) {
  if (starred) {
    const text = fs.readFileSync(path.join(root, starred), 'utf8');
    if (/__exportStar/.test(text)) throw new Error(`fluent-icons-lazy: ${starred} re-exports another module; read it too`);
    for (const [, assigned, defined] of text.matchAll(/exports\.([\w$]+)\s*=|Object\.defineProperty\(exports, "([\w$]+)"/g)) define(assigned ?? defined, starred, assigned ?? defined);
  } else {
    if (!variables.has(variable)) throw new Error(`fluent-icons-lazy: ${name} comes from ${variable}, which the barrel does not require`);
    define(name, variables.get(variable), property);
  }
}
Object.defineProperty(exports, '__esModule', { value: true });
