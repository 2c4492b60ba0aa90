import { Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/**
 * Whether Office shows a dark theme. Outside Office (a plain browser, the workbench) there is
 * no Office.context, and some hosts lack officeTheme, so anything missing means light.
 */
export function officeIsDark(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.officeTheme?.isDarkTheme === true;
  } catch {
    return false;
  }
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
