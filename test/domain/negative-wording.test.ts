import { equityCap, shares } from '../../src/domain';

describe('a negative value is refused in Swedish that agrees with its noun (issue 13)', () => {
  it('a negative allocation: "Tilldelningen är -1; den får inte vara negativ"', () => {
    expect(equityCap(-1)).toEqual({ ok: false, error: { kind: 'value', message: 'Tilldelningen är -1; den får inte vara negativ.' } });
  });

  it('a part keeps the neutral "det får inte vara negativt"', () => {
    expect(shares(100, [1, -2, 3], 0)).toEqual({ ok: false, error: { kind: 'value', message: 'Del nr 2 är -2; det får inte vara negativt.' } });
  });
});
