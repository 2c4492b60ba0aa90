import { createRoot } from 'react-dom/client';
import { App } from './App';
import { formStorage, selfTestProbe, workbookPort } from './environment';
import { Shell } from './Shell';
import { fluentTheme, officeIsDark } from './theme';

let rendered = false;

function render(): void {
  const container = document.getElementById('root');
  if (rendered || !container) return;
  rendered = true;
  createRoot(container).render(
    <Shell theme={fluentTheme(officeIsDark())}>
      <App port={workbookPort()} storage={formStorage()} selfTest={selfTestProbe()} />
    </Shell>,
  );
}

// Inside Office, wait for Office.js so the theme is known. Without Office.js (a plain browser,
// a local workbench) render at once; a failed onReady still shows the pane.
if (typeof Office === 'undefined') {
  render();
} else {
  Office.onReady().then(render, render);
}
