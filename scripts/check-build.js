#!/usr/bin/env node
// Checks the production build in dist/addin after `npm run build`: functions.json holds the 18
// FINSAM functions of FUNCTIONS.md, each with Excel help whose helpUrl resolves to a generated
// Swedish help page in dist/addin/help, taskpane.html is the one shared runtime page, and the
// manifest and functions.json agree on one base URL (FINSAM_BASE_URL when it is set; a hosted
// base leaves no localhost in either). Prints one line and exits 0, or lists every problem and
// exits 1.
'use strict';

const fs = require('fs');
const path = require('path');

const DIST = path.join(__dirname, '..', 'dist', 'addin');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// FUNCTIONS.md: the names are a public API, so the set is fixed.
const EXPECTED_FUNCTIONS = [
  'IMPACTINDEX', 'IMPACTVALUE', 'AREASHARE', 'WEIGHTCHECK', 'WEIGHTSOK', 'ACHIEVED', 'STATUS',
  'SHARE', 'SHARES', 'CONTRIBUTION', 'EQUITYCAP', 'DEVIATES',
  'RATE', 'FYE', 'FYESHARE', 'FYECHANGE',
  'IMPORTANCE', 'QUADRANT',
];

const isText = (value) => typeof value === 'string' && value.trim() !== '';

function checkFunction(fn, index) {
  const label = isText(fn.id) ? fn.id : `function #${index + 1}`;
  const problems = [];
  if (!isText(fn.id) || fn.id !== fn.id.toUpperCase()) problems.push(`id "${fn.id}" is not upper case`);
  if (!isText(fn.name) || fn.name !== fn.name.toUpperCase()) problems.push(`name "${fn.name}" is not upper case`);
  if (!isText(fn.description)) problems.push('has no description');
  if (!isText(fn.helpUrl)) problems.push('has no helpUrl');
  for (const [position, parameter] of (fn.parameters || []).entries()) {
    if (!isText(parameter.description)) {
      problems.push(`parameter ${position + 1} (${parameter.name}) has no description`);
    }
  }
  return problems.map((problem) => `${label}: ${problem}`);
}

function checkFunctionSet(functions) {
  const problems = [];
  if (functions.length !== EXPECTED_FUNCTIONS.length) {
    problems.push(`expected ${EXPECTED_FUNCTIONS.length} functions, found ${functions.length}`);
  }
  const ids = functions.map((fn) => fn.id);
  const missing = EXPECTED_FUNCTIONS.filter((name) => !ids.includes(name));
  const unexpected = ids.filter((id) => !EXPECTED_FUNCTIONS.includes(id));
  const duplicated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (missing.length > 0) problems.push(`missing: ${missing.join(', ')}`);
  if (unexpected.length > 0) problems.push(`not in FUNCTIONS.md: ${unexpected.join(', ')}`);
  if (duplicated.length > 0) problems.push(`duplicated: ${duplicated.join(', ')}`);
  return problems;
}

function checkPage() {
  const file = path.join(DIST, 'taskpane.html');
  if (!fs.existsSync(file)) return ['taskpane.html is missing'];
  const html = fs.readFileSync(file, 'utf8');
  const problems = [];
  const officeAt = html.indexOf(OFFICE_JS);
  const functionsAt = html.search(/src=["']?functions\.js/);
  const taskpaneAt = html.search(/src=["']?taskpane\.js/);
  if (officeAt < 0) problems.push('taskpane.html does not load office.js');
  if (functionsAt < 0) problems.push('taskpane.html does not load functions.js');
  if (taskpaneAt < 0) problems.push('taskpane.html does not load taskpane.js');
  if (officeAt >= 0 && functionsAt >= 0 && functionsAt < officeAt) {
    problems.push('taskpane.html loads functions.js before office.js');
  }
  for (const asset of ['functions.js', 'taskpane.js', 'manifest.xml']) {
    if (!fs.existsSync(path.join(DIST, asset))) problems.push(`${asset} is missing`);
  }
  return problems;
}

// The manifest's URLs (attribute values, not its XML namespaces), e.g. SourceLocation's.
function manifestUrls(xml) {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((match) => match[1]);
}

// The base the build was made for: where the manifest loads taskpane.html from.
function manifestBase(xml) {
  const match = /<SourceLocation\s+DefaultValue="([^"]*)\/taskpane\.html"/.exec(xml);
  return match ? match[1] : undefined;
}

// Everything dist/addin tells Excel to load comes from one base: the manifest's URLs, each
// function's helpUrl (base/help/…), and the base asked for in FINSAM_BASE_URL, if any.
function checkBase(xml, functions, wanted) {
  const base = manifestBase(xml);
  if (!base) return { base: undefined, problems: ['manifest.xml has no SourceLocation …/taskpane.html'] };
  const problems = [];
  if (wanted && base !== wanted) problems.push(`manifest.xml is built for ${base}, not FINSAM_BASE_URL ${wanted}: run npm run build with it`);
  if (!base.startsWith('https://')) problems.push(`manifest.xml base ${base} is not https`);
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith(`${base}/`)) problems.push(`manifest.xml URL ${url} is not on ${base}`);
  }
  for (const fn of functions) {
    if (isText(fn.helpUrl) && !fn.helpUrl.startsWith(`${base}/help/`)) problems.push(`${fn.id}: helpUrl ${fn.helpUrl} is not on ${base}/help/ (the manifest's base)`);
  }
  if (!/^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(base)) {
    const metadata = JSON.stringify(functions);
    if (/localhost|127\.0\.0\.1/.test(xml)) problems.push(`manifest.xml is built for ${base} but still names localhost`);
    if (/localhost|127\.0\.0\.1/.test(metadata)) problems.push(`functions.json is built for ${base} but still names localhost`);
  }
  return { base, problems };
}

// The server serves dist/addin at the base (https://localhost:3000/ for the dev server), so a
// help URL <base>/help/x.html is the file dist/addin/help/x.html.
function checkHelpPage(fn, site) {
  const label = isText(fn.id) ? fn.id : 'function';
  if (!isText(fn.helpUrl)) return [];
  if (!fn.helpUrl.startsWith(site)) return [`${label}: helpUrl ${fn.helpUrl} is not on ${site}`];
  const relative = fn.helpUrl.slice(site.length).split(/[?#]/)[0];
  const file = path.join(DIST, ...relative.split('/'));
  if (!file.startsWith(path.join(DIST, 'help') + path.sep) || !fs.existsSync(file)) {
    return [`${label}: helpUrl ${fn.helpUrl} has no page (${path.relative(process.cwd(), file)} is missing)`];
  }
  const html = fs.readFileSync(file, 'utf8');
  const problems = [];
  // Production builds minify HTML too (webpack's default minimizer), so attribute quotes may go.
  if (!/<html lang=["']?sv["'\s>]/.test(html)) problems.push('is not lang="sv"');
  if (!html.includes(`<h1>FINSAM.${fn.id}</h1>`)) problems.push(`has no <h1>FINSAM.${fn.id}</h1>`);
  if (/<script|<link|\s(?:src|href)=["']?(?:[a-z]+:|\/\/)/i.test(html)) problems.push('loads something (a script, a stylesheet or another host)');
  return problems.map((problem) => `${label}: help page ${relative} ${problem}`);
}

function main() {
  const metadataFile = path.join(DIST, 'functions.json');
  if (!fs.existsSync(metadataFile)) {
    console.error(`check-build: ${path.relative(process.cwd(), metadataFile)} not found; run npm run build first`);
    return 1;
  }
  const metadata = JSON.parse(fs.readFileSync(metadataFile, 'utf8'));
  const functions = Array.isArray(metadata.functions) ? metadata.functions : [];
  const manifestFile = path.join(DIST, 'manifest.xml');
  const xml = fs.existsSync(manifestFile) ? fs.readFileSync(manifestFile, 'utf8') : '';
  const wanted = process.env.FINSAM_BASE_URL ? process.env.FINSAM_BASE_URL.trim().replace(/\/+$/, '') : undefined;
  const { base, problems: baseProblems } = checkBase(xml, functions, wanted);
  const problems = [
    ...checkFunctionSet(functions),
    ...functions.flatMap(checkFunction),
    ...functions.flatMap((fn) => checkHelpPage(fn, `${base ?? 'https://localhost:3000'}/`)),
    ...checkPage(),
    ...baseProblems,
  ];
  if (problems.length > 0) {
    console.error(`check-build: ${problems.length} problem(s) in dist/addin`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  const parameters = functions.reduce((sum, fn) => sum + (fn.parameters || []).length, 0);
  console.log(
    `check-build: ok, ${functions.length} functions with ${parameters} described parameters and help URLs, each URL a Swedish page in dist/addin/help; taskpane.html loads office.js, functions.js, taskpane.js; manifest.xml and functions.json both on ${base}`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main();

module.exports = { checkBase, manifestBase, manifestUrls };
