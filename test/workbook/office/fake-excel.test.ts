import { FakeExcel, FakeOfficeError } from './fake-excel';

/**
 * The fake's own rules, so the adapter's tests stand on something checked: load/sync
 * discipline, Excel's reading of text written to `values`, and statements run in order up to a
 * failure.
 */
describe('the fake Excel API', () => {
  test('a property read before load or before sync throws, as office-addin-mock does', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1', [['a']]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      expect(() => range.values).toThrow('Error, property was not loaded');
      range.load('values');
      expect(() => range.values).toThrow('Error, context.sync() was not called');
      await context.sync();
      expect(range.values).toEqual([['a']]);
    });
    expect(fake.syncs).toBe(1);
  });

  test('text starting with = + - @ written to values becomes a formula, unless the cell is "@"', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const inputs = ['=SUM(B1:B2)', '-1+1', '@SUM(B1)', '+1', '2021', 'TRUE', "'=1", '\t=1'];
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1:A8').values = inputs.map((input) => [input]);
      sheet.getRange('B1:B8').numberFormat = inputs.map(() => ['@']);
      sheet.getRange('B1:B8').values = inputs.map((input) => [input]);
      await context.sync();
    });
    const general = inputs.map((_, row) => fake.cellAt('Blad1', row, 0));
    expect(general.map((cell) => cell.formula ?? cell.value)).toEqual(['=SUM(B1:B2)', '=-1+1', '=SUM(B1)', 1, 2021, true, '=1', '\t=1']);
    const text = inputs.map((_, row) => fake.cellAt('Blad1', row, 1));
    expect(text.map((cell) => [cell.value, cell.formula])).toEqual(inputs.map((input) => [input, undefined]));
  });

  test('statements run in order; a failing one stops the batch and those before it stay done', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    const attempt = fake.run(async (context) => {
      context.workbook.worksheets.add('Ny');
      context.workbook.worksheets.getItem('Saknas').name = 'X';
      context.workbook.worksheets.add('Aldrig');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.sheetNames()).toEqual(['Blad1', 'Ny']);
  });

  test('an injected failure runs the given number of statements first', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    fake.failSync(1, 'AccessDenied', 1);
    const attempt = fake.run(async (context) => {
      context.workbook.worksheets.add('Ett');
      context.workbook.worksheets.add('Två');
      await context.sync();
    });
    await expect(attempt).rejects.toBeInstanceOf(FakeOfficeError);
    expect(fake.sheetNames()).toEqual(['Blad1', 'Ett']);
    expect(fake.failureFired).toBe(true);
  });

  test('statements queued and never synced are reported', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1');
    await expect(fake.run(async (context) => void context.workbook.worksheets.add('Ny'))).rejects.toThrow('never synced');
  });

  test('sheet names are unique without case; a table cannot take a name in use', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Budget', [['Kommun', '2021']]);
    fake.addTable('Budget', 'Befolkning', 'A1:B2');
    const rename = fake.run(async (context) => {
      context.workbook.worksheets.add('BUDGET');
      await context.sync();
    });
    await expect(rename).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    const table = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Annat');
      sheet.getRange('A1:B1').values = [['a', 'b']];
      sheet.tables.add('A1:B2', true).name = 'befolkning';
      await context.sync();
    });
    await expect(table).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
