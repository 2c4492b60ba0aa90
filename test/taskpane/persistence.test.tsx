/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultPaneForms, loadPaneForms, savePaneForms } from '../../src/taskpane/persistence/pane-forms';
import { FORMS_KEY, FormStorage, layeredFormStorage, localFormStorage } from '../../src/taskpane/persistence/storage';
import { memoryStorage } from './support/fake-workbook';
import { renderPane } from './support/render-pane';


const association = () => screen.getByLabelText('Förbundets namn') as HTMLInputElement;

describe('the pane keeps its forms between openings', () => {
  it('restores what was typed after the pane is closed and opened again', async () => {
    const storage = localFormStorage(memoryStorage());
    const first = renderPane({ storage });
    await userEvent.clear(association());
    // Pasted: one input event instead of 25 keystrokes, each re-rendering the long budget form.
    await userEvent.paste('Samordningsförbundet Test');
    await userEvent.click(screen.getByRole('tab', { name: 'Social budget' }));
    first.unmount();

    renderPane({ storage });
    expect(screen.getByRole('tab', { name: 'Social budget' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.click(screen.getByRole('tab', { name: 'Budget' }));
    expect(association().value).toBe('Samordningsförbundet Test');
  });

  it('uses window.localStorage under the key finsam:forms:v1', async () => {
    window.localStorage.clear();
    const view = renderPane({ storage: localFormStorage(window.localStorage) });
    await userEvent.type(association(), ' X');
    view.unmount();
    const stored = JSON.parse(window.localStorage.getItem(FORMS_KEY) ?? 'null');
    expect(stored.budget.association).toBe(' X');
  });

  it('starts empty when the stored text is not JSON, and never crashes', () => {
    const storage = localFormStorage(memoryStorage({ [FORMS_KEY]: '{"budget": {"association": "halv' }));
    renderPane({ storage });
    expect(association().value).toBe('');
  });

  it('keeps the parts that are whole and replaces only a damaged one', () => {
    const good = defaultPaneForms();
    const damaged = { ...good, tab: 'ingen', budget: { ...good.budget, association: 'Behållen' }, socialBudget: { ...good.socialBudget, areas: [{ id: 1 }] } };
    const forms = loadPaneForms(localFormStorage(memoryStorage({ [FORMS_KEY]: JSON.stringify(damaged) })));
    expect(forms.budget.association).toBe('Behållen');
    expect(forms.tab).toBe('budget');
    expect(forms.socialBudget.areas).toHaveLength(0);
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['a budget of the wrong shape', '{"budget": {"members": "Umeå"}}'],
  ])('falls back to the defaults for %s', (_name, text) => {
    const forms = loadPaneForms(localFormStorage(memoryStorage({ [FORMS_KEY]: text })));
    expect(forms.budget).toEqual(defaultPaneForms().budget);
    expect(forms.budget.members).toHaveLength(0);
  });

  it('survives a storage that throws on read and on write', () => {
    const broken: FormStorage = {
      read: () => {
        throw new Error('blocked');
      },
      write: () => {
        throw new Error('quota');
      },
    };
    expect(loadPaneForms(broken).tab).toBe('budget');
    expect(savePaneForms(broken, defaultPaneForms())).toBe(false);
    renderPane({ storage: broken });
    expect(association().value).toBe('');
  });

  it('reads from the first storage that has the forms and writes to all', () => {
    const settings = memoryStorage();
    const local = memoryStorage({ [FORMS_KEY]: 'från local' });
    const layered = layeredFormStorage([localFormStorage(settings), localFormStorage(local)]);
    expect(layered.read()).toBe('från local');
    layered.write('nytt');
    expect(settings.getItem(FORMS_KEY)).toBe('nytt');
    expect(local.getItem(FORMS_KEY)).toBe('nytt');
  });
});
