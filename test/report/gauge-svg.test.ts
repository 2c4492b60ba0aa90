import { gaugePoint, gaugeSvg } from '../../src/report/gauge-svg';

/** The Impact Visare as SVG (DOMAIN.md §7): 0 at the left, 100 at the right, the target marked. */
describe('gaugeSvg', () => {
  test('the arc runs from (20, 105) at 0 over (100, 25) at 50 to (180, 105) at 100', () => {
    expect(gaugePoint(0)).toEqual({ x: 20, y: 105 });
    expect(gaugePoint(50)).toEqual({ x: 100, y: 25 });
    expect(gaugePoint(100)).toEqual({ x: 180, y: 105 });
  });

  test('index 87 against target 70: the value arc ends at 87 in green, the target line stands at 70', () => {
    const svg = gaugeSvg({ index: 87, target: 70, label: 'Deltagarnöjdhet' });
    // 87 is the angle 0,13π = 23,4°: cos × 80 = 73,42, sin × 80 = 31,77 (y grows downwards: 105 − 31,77).
    expect(svg).toContain('A 80 80 0 0 1 173.42 73.23');
    expect(svg).toContain('stroke="#107c10"');
    // The target line crosses the arc at 70 %: from radius 65 to 95 along the angle 0,3π.
    expect(svg).toContain('x1="138.21" y1="52.41" x2="155.84" y2="28.14"');
    expect(svg).toContain('>87</text>');
    expect(svg).toContain('aria-label="Deltagarnöjdhet: Impact Index 87, mål 70"');
  });

  test('below the target the arc is red; above 100 or below 0 the dial stops at its ends', () => {
    expect(gaugeSvg({ index: 54, target: 70, label: 'x' })).toContain('stroke="#c50f1f"');
    expect(gaugeSvg({ index: 140, target: 70, label: 'x' })).toContain('A 80 80 0 0 1 180 105');
    expect(gaugeSvg({ index: -5, target: 70, label: 'x' })).not.toContain('gauge-value');
  });

  test('no index (an error cell) shows "–", never NaN', () => {
    const svg = gaugeSvg({ index: Number.NaN, target: undefined, label: 'x' });
    expect(svg).toContain('>–</text>');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg).not.toContain('gauge-target');
  });

  test('the label is escaped', () => {
    const svg = gaugeSvg({ index: 50, target: 70, label: '"><script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&quot;&gt;&lt;script&gt;');
  });
});
