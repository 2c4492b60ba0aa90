/**
 * The frame of every help page: self-contained static HTML in Swedish (lang="sv"), styles
 * inline, no scripts and no requests to other hosts, so the page opens from Excel's function
 * dialog, offline, and in the add-in's own site.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface PageFrame {
  readonly title: string;
  /** The page's body inside <main>, starting with its one <h1>. */
  readonly main: string;
  /** Whether to link back to the list of all functions (every page but the list itself). */
  readonly backLink: boolean;
  readonly version: string;
}

// Colours meet WCAG AA contrast in both schemes; focus stays visible for keyboard users.
const STYLE = `
:root { color-scheme: light dark; --text: #1b1b1b; --muted: #4a4a4a; --back: #ffffff; --line: #c8c8c8; --code: #f2f2f2; --link: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --text: #f0f0f0; --muted: #c8c8c8; --back: #1e1e1e; --line: #5a5a5a; --code: #2d2d2d; --link: #8cc4ff; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--text); background: var(--back); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--back); padding: 0.5rem; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
footer { color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--line); margin-top: 2rem; padding-bottom: 2rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
h1 { font-size: 1.75rem; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.375rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
.lead { font-size: 1.125rem; }
code, pre { font-family: Consolas, "Cascadia Mono", Menlo, monospace; background: var(--code); border-radius: 3px; }
code { padding: 0 0.2em; overflow-wrap: anywhere; }
pre { padding: 0.75rem; overflow-x: auto; }
pre code { padding: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; }
table.spill { width: auto; margin: 0; }
table.spill td { padding: 0.125rem 0.375rem; }
`;

export function page(frame: PageFrame): string {
  const back = frame.backLink ? '<header><p><a href="index.html">Alla FINSAM-funktioner</a></p></header>\n' : '';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
${back}<main id="innehall">
${frame.main}
</main>
<footer><p>FINSAM för Excel ${escapeHtml(frame.version)}. Hjälpen är skriven från samma källa som funktionernas beskrivningar i Excel (src/help).</p></footer>
</body>
</html>
`;
}
