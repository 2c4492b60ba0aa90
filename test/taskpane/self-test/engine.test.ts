import { EngineWorkbook } from '../../../src/workbook/engine/engine-workbook';
import { EngineSelfTestProbe } from '../../../src/workbook/engine/self-test-probe';
import { engineFromPlan } from '../../../src/workbook/engine/plan-to-engine';
import { runSelfTest } from '../../../src/taskpane/self-test/run-self-test';
import { FUNCTION_CASES, TEXT_CASES } from '../../../src/taskpane/self-test/cases';
import { budgetPlan } from '../../workbook/office/plans';

/** Självtest on the workbench's engine port: every check passes, and the user's workbook is untouched. */
describe('Självtest on the embedded engine', () => {
  test('every check passes on the example budget workbook', async () => {
    const workbook = new EngineWorkbook(engineFromPlan({ sheets: [budgetPlan()] }));
    const before = JSON.stringify(workbook.engine.getAllSheetsSerialized());
    const report = await runSelfTest(new EngineSelfTestProbe(workbook), { now: new Date('2024-05-01T10:00:00Z') });
    const failed = report.checks.filter((item) => !item.passed);
    expect(failed).toEqual([]);
    // settings, failed write, syncs, 4 texts, 18 functions, formula text, clean-up
    expect(report.checks).toHaveLength(1 + 1 + 1 + TEXT_CASES.length + FUNCTION_CASES.length + 1 + 1);
    expect(FUNCTION_CASES).toHaveLength(18);
    expect(workbook.engine.getSheetNames()).toEqual(['Budget']);
    expect(JSON.stringify(workbook.engine.getAllSheetsSerialized())).toBe(before);
    expect(report.checks.find((item) => item.id === 'formula:SHARES')?.seen).toContain('såg {2494;159;124;92;121}');
  });
});
