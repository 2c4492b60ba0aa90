/**
 * A small reporter for `node --test` (npm run test:browser): one line per test with its time, the
 * error of each failure, what the test files print, and a closing line that counts them:
 * "browser: 7 passed, 0 failed" (", 1 skipped" when some are).
 */
export default async function* reporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type === 'test:stdout' || type === 'test:stderr') yield data.message;
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    const indent = '  '.repeat(data.nesting ?? 0);
    const seconds = ((data.details?.duration_ms ?? 0) / 1000).toFixed(1);
    if (type === 'test:pass' && (data.skip || data.todo)) {
      counts.skipped += 1;
      yield `${indent}- ${data.name} (skipped)\n`;
    } else if (type === 'test:pass') {
      counts.passed += 1;
      yield `${indent}✔ ${data.name} (${seconds} s)\n`;
    } else {
      counts.failed += 1;
      yield `${indent}✖ ${data.name} (${seconds} s)\n${describe(data.details?.error, `${indent}    `)}\n`;
    }
  }
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  yield `\nbrowser: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`;
}

function describe(error, indent) {
  const cause = error?.cause ?? error;
  const text = cause?.stack ?? cause?.message ?? String(cause);
  return text
    .split('\n')
    .slice(0, 20)
    .map((line) => `${indent}${line}`)
    .join('\n');
}
