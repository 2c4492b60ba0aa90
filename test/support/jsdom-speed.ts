/**
 * Two exact shortcuts for jsdom's slowest answers on the pane's long forms: a control's labels
 * (fast-labels.ts) and the class test before CSS selector matching (fast-styles.ts). Tests that
 * render the pane install them once per file; test/taskpane/jsdom-speed.test.tsx holds both to jsdom's answers.
 */
import { installFastLabels } from './fast-labels';
import { installFastStyles } from './fast-styles';

export function installJsdomSpeedUps(): void {
  installFastLabels();
  installFastStyles();
}
