import { texts } from '../../text/pane';

/**
 * "inmatat i FINSAM-panelen 2026-12-03": the source note of a sheet built from figures typed in
 * the pane, dated, when the user names no other source (issue 13: never a seed example's note).
 */
export const enteredInPane = (today: Date = new Date()) => texts.enteredInPane(today.toISOString().slice(0, 10));
