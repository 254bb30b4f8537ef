import { beforeEach, describe, expect, it } from 'vitest';
import { onlyChosen, useExportSelection } from './export-selection';

const accounts = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('onlyChosen', () => {
  it('keeps only the chosen accounts, in the vault’s order', () => {
    expect(onlyChosen(accounts, ['c', 'a'])).toEqual([{ id: 'a' }, { id: 'c' }]);
  });

  it('answers every account when none is chosen', () => {
    expect(onlyChosen(accounts, [])).toEqual(accounts);
  });

  it('answers nothing when the chosen accounts are gone', () => {
    expect(onlyChosen(accounts, ['z'])).toEqual([]);
  });
});

describe('the export selection', () => {
  beforeEach(() => useExportSelection.setState({ chosen: [] }));
  const chosen = () => useExportSelection.getState().chosen;

  it('chooses and unchooses one account at a time, never twice', () => {
    const { toggled } = useExportSelection.getState();
    toggled('a', true);
    toggled('a', true);
    toggled('b', true);
    expect(chosen()).toEqual(['a', 'b']);
    toggled('a', false);
    expect(chosen()).toEqual(['b']);
  });

  it('selects and clears all the shown accounts, leaving the others as they were', () => {
    const { toggled, allSet } = useExportSelection.getState();
    toggled('c', true);
    allSet(['a', 'b'], true);
    expect(chosen()).toEqual(['c', 'a', 'b']);
    allSet(['a', 'b'], false);
    expect(chosen()).toEqual(['c']);
  });

  it('forgets accounts that left the vault', () => {
    useExportSelection.getState().allSet(['a', 'b'], true);
    useExportSelection.getState().pruned(['b', 'c']);
    expect(chosen()).toEqual(['b']);
  });
});
