/**
 * The task pane renders without Excel (as in a plain browser or the workbench): title, version,
 * the tabs, and on the Funktioner tab every catalog function as the user types it. Rendered to
 * HTML on the server, so no DOM and no stored forms.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FUNCTION_CATALOG } from '../../src/functions/catalog';
import { App } from '../../src/taskpane/App';
import { formulaName } from '../../src/taskpane/formula';
import { FunctionList } from '../../src/taskpane/FunctionList';

function render(element: ReactElement): string {
  return renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

/** Text as React escapes it in markup. */
function escaped(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
  return text.replace(/[&<>"']/g, (character) => entities[character]);
}

describe('task pane', () => {
  const html = render(<App initialTab="functions" />);

  it('shows the Swedish title and a version', () => {
    expect(html).toContain('<h1');
    expect(html).toContain('FINSAM för Excel');
    expect(html).toMatch(/Version \S+/);
  });

  it('lists all 18 catalog functions as =FINSAM.NAME with their summaries', () => {
    expect(FUNCTION_CATALOG).toHaveLength(18);
    const listed = [...html.matchAll(/<li\b/g)];
    expect(listed).toHaveLength(FUNCTION_CATALOG.length);
    for (const { name, summary } of FUNCTION_CATALOG) {
      expect(html).toContain(`>${formulaName(name)}<`);
      expect(html).toContain(escaped(summary));
    }
  });

  it('offers every page as a tab, in the board papers\' words', () => {
    for (const tab of ['Budget', 'Social budget', 'Uppföljning', 'Deltagare', 'Helårsekvivalenter', 'Intressentanalys', 'Regler', 'Kontroll', 'Funktioner']) {
      expect(html).toMatch(new RegExp(`role="tab"[^>]*>(<[^>]+>)*${tab}<`));
    }
  });

  it('opens on an empty budget form without a workbook: no seed example\'s figures or names (issue 13)', () => {
    const budget = render(<App />);
    expect(budget).toContain('Intäkter');
    expect(budget).not.toContain('Umeå');
    expect(budget).not.toContain('2 359');
    expect(budget).toContain('Bygg bladet');
  });

  it('writes a formula name with the FINSAM namespace', () => {
    expect(formulaName('IMPACTINDEX')).toBe('=FINSAM.IMPACTINDEX');
  });

  it('says so when there are no functions instead of an empty list', () => {
    const empty = render(<FunctionList functions={[]} />);
    expect(empty).not.toContain('<ul');
    expect(empty).toContain('Inga formler hittades.');
  });
});
