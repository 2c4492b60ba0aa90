import { encode } from 'iconv-lite';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up';
import { followUpDraftFrom } from '../../src/taskpane/follow-up/follow-up-draft';
import { applyLedger, previewLedger } from '../../src/taskpane/follow-up/ledger-import';
import { sie2022 } from './sie-2022';

const bytes = new Uint8Array(encode(sie2022(), 'cp437'));

describe('pane: Hämta utfall från bokföringen (SIE)', () => {
  const draft = followUpDraftFrom(followUpTertial2of2022());
  const result = previewLedger(draft, bytes, 'T2');
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  const { preview } = result;

  it('previews each line with the proposed Kontoplan, marking the typed forecasts', () => {
    expect(preview.proposed).toBe(true);
    expect(preview.mapping).toContainEqual({ accounts: '4020', name: 'Ungdomstorget', line: 'Ungdomstorget' });
    expect(preview.lines.find((line) => line.label === 'Ungdomstorget')).toMatchObject({ current: '2 500', outcome: 1650, typed: true });
    expect(preview.lines.find((line) => line.label === 'Insats medicinska underlag')).toMatchObject({ outcome: 0, typed: false });
  });

  it('keeps typed values unless the treasurer ticks the box', () => {
    const kept = applyLedger(draft, preview, false);
    const ung = (d: typeof draft) => d.sections.flatMap((s) => s.lines).find((line) => line.label === 'Ungdomstorget')?.forecast;
    expect(ung(kept)).toBe('2 500');
    expect(kept.carried).toMatchObject({ basis: 'outcome', period: 'tertial 2', budgetShare: 8 / 12 });
    expect(ung(applyLedger(draft, preview, true))).toBe('1 650');
  });

  it('a refused file gives findings and no preview', () => {
    const refused = previewLedger(draft, new Uint8Array(encode(sie2022(), 'latin1')), 'T2');
    expect(refused.ok).toBe(false);
    expect(refused.findings[0].message).toContain('Fel teckenkodning');
  });
});
