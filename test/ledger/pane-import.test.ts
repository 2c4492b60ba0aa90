import { encode } from 'iconv-lite';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up';
import { FollowUpDraft, followUpDraftFrom, FollowUpLineDraft } from '../../src/taskpane/follow-up/follow-up-draft';
import { applyLedger, previewLedger } from '../../src/taskpane/follow-up/ledger-import';
import { sie2022 } from './sie-2022';

const bytes = new Uint8Array(encode(sie2022(), 'cp437'));

describe('pane: Hämta utfall från bokföringen (SIE)', () => {
  // The treasurer has typed an outcome so far for Ungdomstorget; the other lines have none yet.
  const example = followUpDraftFrom(followUpTertial2of2022());
  const typedOutcome = (line: FollowUpLineDraft) => (line.label === 'Ungdomstorget' ? { ...line, outcome: '2 500' } : line);
  const draft: FollowUpDraft = { ...example, sections: example.sections.map((section) => ({ ...section, lines: section.lines.map(typedOutcome) })) };
  const result = previewLedger(draft, bytes, 'T2');
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  const { preview } = result;

  it('previews each line with the proposed Kontoplan, marking the typed outcomes', () => {
    expect(preview.proposed).toBe(true);
    expect(preview.mapping).toContainEqual({ accounts: '4020', name: 'Ungdomstorget', line: 'Ungdomstorget' });
    expect(preview.lines.find((line) => line.label === 'Ungdomstorget')).toMatchObject({ current: '2 500', outcome: 1650, typed: true });
    expect(preview.lines.find((line) => line.label === 'Insats medicinska underlag')).toMatchObject({ outcome: 0, typed: false });
  });

  it('keeps typed values unless the treasurer ticks the box', () => {
    const kept = applyLedger(draft, preview, false);
    const line = (d: typeof draft, label: string) => d.sections.flatMap((s) => s.lines).find((l) => l.label === label);
    expect(line(kept, 'Ungdomstorget')?.outcome).toBe('2 500');
    expect(kept.period).toBe('T2');
    // The forecast for the year stays what the treasurer typed; the ledger gives the outcome so far.
    expect(line(kept, 'Ungdomstorget')?.forecast).toBe('2 500');
    expect(line(kept, 'Insats medicinska underlag')?.outcome).toBe('0');
    expect(line(applyLedger(draft, preview, true), 'Ungdomstorget')?.outcome).toBe('1 650');
  });

  it('a refused file gives findings and no preview', () => {
    const refused = previewLedger(draft, new Uint8Array(encode(sie2022(), 'latin1')), 'T2');
    expect(refused.ok).toBe(false);
    expect(refused.findings[0].message).toContain('Fel teckenkodning');
  });
});
