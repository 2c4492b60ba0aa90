import { EXAMPLES } from '../../../src/sheets/registry';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
test('probe', () => {
  const engine = engineFromPlan(EXAMPLES['socialt-bokslut-2022']());
  const grid = gridOf(engine, 'Socialt bokslut');
  console.log(JSON.stringify(grid.values.slice(0, 12)));
  console.log(JSON.stringify(grid.values.slice(76)));
});
