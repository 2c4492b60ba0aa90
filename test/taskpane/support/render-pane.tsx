import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import { App, AppProps } from '../../../src/taskpane/App';
import { examplePaneForms, savePaneForms } from '../../../src/taskpane/persistence/pane-forms';
import { FormStorage, localFormStorage } from '../../../src/taskpane/persistence/storage';
import { installJsdomSpeedUps } from '../../support/jsdom-speed';
import { memoryStorage } from './fake-workbook';

// How long findBy…/waitFor wait for the pane to get there: long enough for a machine with eight
// busy processes on two cores (issue 12), well below jest's 180 s, so a hang still fails.
configure({ asyncUtilTimeout: 60_000 });

// jsdom lays nothing out, so offsetParent is always null and Tabster (Fluent's focus manager)
// takes every element for display: none: a dialog would get no focus and stay aria-hidden.
// A parent as offsetParent is enough for its visibility test.
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentNode;
    },
  });
}

// And every box measures 0 × 0, which Tabster's arrow-key movers read as invisible.
if (typeof Element !== 'undefined') {
  Element.prototype.getBoundingClientRect = function boundingBox(this: Element) {
    return { x: 0, y: 0, top: 0, left: 0, bottom: 20, right: 100, width: 100, height: 20, toJSON: () => ({}) } as DOMRect;
  };
}

// The same answers from jsdom for labels and computed styles, sooner (test/support/jsdom-speed.ts).
installJsdomSpeedUps();

/**
 * An in-memory storage holding the seed examples as drafts: the forms these tests fill in and
 * check against hand-computed seed figures (a new user's pane starts empty, issue 13).
 */
export function exampleStorage(): FormStorage {
  const storage = localFormStorage(memoryStorage());
  savePaneForms(storage, examplePaneForms());
  return storage;
}

/** The whole pane as the user sees it, with the examples in a fresh in-memory storage unless a storage is given. */
export function renderPane(props: AppProps = {}) {
  const storage = props.storage ?? exampleStorage();
  return render(
    <FluentProvider theme={webLightTheme}>
      <App storage={storage} {...props} />
    </FluentProvider>,
  );
}
