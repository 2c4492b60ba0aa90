import { useCallback, useState } from 'react';
import { FormulaLocale } from '../../formula/swedish-formula';

const KEY = 'finsam-workbench-formula-locale';

/**
 * The syntax formulas are typed in, like Excel's own language setting: Swedish unless the
 * address or an earlier choice in this browser says English. A choice is remembered; blocked
 * storage only means it is not.
 */
export function useFormulaLocale(asked: FormulaLocale | undefined): readonly [FormulaLocale, (locale: FormulaLocale) => void] {
  const [locale, setLocale] = useState<FormulaLocale>(() => asked ?? stored() ?? 'sv-SE');
  const choose = useCallback((chosen: FormulaLocale) => {
    setLocale(chosen);
    try {
      window.localStorage?.setItem(KEY, chosen);
    } catch {
      // Storage refused: the choice lasts while the page is open.
    }
  }, []);
  return [locale, choose] as const;
}

function stored(): FormulaLocale | undefined {
  try {
    const value = window.localStorage?.getItem(KEY);
    return value === 'sv-SE' || value === 'en-US' ? value : undefined;
  } catch {
    return undefined;
  }
}
