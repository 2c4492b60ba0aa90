import { importance, quadrant } from '../../src/domain';

describe('stakeholder analysis (DOMAIN.md §6; seed 002)', () => {
  test('betydelseindex = intresse + inflytande: 5 + 4 = 9, the range is 2–10', () => {
    expect(importance({ interest: 5, influence: 4 })).toEqual({ ok: true, value: 9 });
    expect(importance({ interest: 1, influence: 1 })).toEqual({ ok: true, value: 2 });
  });

  test('quadrants around the midpoint 3 on the 1–5 scale; the midpoint itself is not above', () => {
    expect(quadrant({ interest: 5, influence: 4 })).toEqual({ ok: true, value: 'Nyckelintressent' });
    expect(quadrant({ interest: 3, influence: 4 })).toEqual({ ok: true, value: 'Håll nöjd' });
    expect(quadrant({ interest: 4, influence: 3 })).toEqual({ ok: true, value: 'Håll informerad' });
    expect(quadrant({ interest: 3, influence: 3 })).toEqual({ ok: true, value: 'Bevaka' });
  });

  test('a rating outside the scale is an error; a wider scale moves the midpoint', () => {
    expect(importance({ interest: 6, influence: 1 })).toEqual({
      ok: false,
      error: { kind: 'value', message: 'Intresset är 6; det ska vara ett heltal 1–5.' },
    });
    expect(quadrant({ interest: 5, influence: 5 }, 10)).toEqual({ ok: true, value: 'Bevaka' });
  });
});
