import { allocationFromState, checkEquity, checkSteps, equityCap } from '../../src/domain';

describe('equity staircase (EQUITY.md)', () => {
  test('allocation 11 380 falls on the step from 5 000: cap 1 707 tkr (seed 004, 2022)', () => {
    expect(allocationFromState(5690)).toBe(11380);
    expect(equityCap(11380)).toEqual({ ok: true, value: { cap: 1707, step: { from: 5000, share: 0.15 } } });
  });

  test('forecast equity 2 096 is over the cap by 389, in the words EQUITY.md gives', () => {
    const check = checkEquity(1800 + 296, 11380);
    expect(check.ok && check.value.excess).toBe(389);
    expect(check.ok && check.value.message).toBe('Eget kapital 2 096 tkr överstiger trappans tak 1 707 tkr (15 % av 11 380) med 389 tkr.');
  });

  test('equity under the cap gives no finding', () => {
    const check = checkEquity(1500, 11380);
    expect(check.ok && check.value.message).toBeUndefined();
  });

  test('the step edges: 4 999 uses 20 %, 5 000 and 14 999 use 15 %, 15 000 uses 10 %', () => {
    const caps = [4999, 5000, 14999, 15000].map((allocation) => {
      const cap = equityCap(allocation);
      return cap.ok ? cap.value.step.share : undefined;
    });
    expect(caps).toEqual([0.2, 0.15, 0.15, 0.1]);
  });

  test('an unsorted staircase, a share over 1 or a negative "from" is an error, never a guess', () => {
    expect(checkSteps([{ from: 0, share: 0.2 }, { from: 0, share: 0.1 }])).toMatchObject({ ok: false, error: { kind: 'value' } });
    expect(checkSteps([{ from: 0, share: 20 }])).toMatchObject({ ok: false });
    expect(checkSteps([{ from: -1, share: 0.2 }])).toMatchObject({ ok: false });
  });

  test('an allocation under the first step is not available', () => {
    expect(equityCap(3000, [{ from: 5000, share: 0.15 }])).toMatchObject({ ok: false, error: { kind: 'notAvailable' } });
  });
});
