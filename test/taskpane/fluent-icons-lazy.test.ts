/**
 * jest maps @fluentui/react-icons to test/support/fluent-icons-lazy.js (jest.config.js): it must
 * export exactly what the real barrel exports, the very same objects, only loaded later.
 */
import path from 'path';
import * as lazy from '@fluentui/react-icons';

test('the lazy icons barrel has every name of the real one, each the same object', async () => {
  const realPath = path.resolve(__dirname, '../../node_modules/@fluentui/react-icons/lib-cjs/index.cjs');
  const real = (await import(realPath)) as Record<string, unknown>;
  const names = (module: Record<string, unknown>) => Object.keys(module).filter((name) => name !== '__esModule' && name !== 'default').sort();
  const lazyModule = lazy as unknown as Record<string, unknown>;
  expect(names(lazyModule)).toEqual(names(real));
  expect(names(real).length).toBeGreaterThan(10_000);
  expect(names(real).filter((name) => lazyModule[name] !== real[name])).toEqual([]);
  expect(lazyModule.ChevronRightRegular).toBeTruthy();
});
