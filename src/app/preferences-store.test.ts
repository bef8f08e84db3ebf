// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { migratePreferences, PREFERENCES_KEY, usePreferences } from './preferences-store.ts';

describe('preferences store', () => {
  beforeEach(() => localStorage.clear());

  it('persists language, trainee and mode with a version', () => {
    usePreferences.getState().setLanguage('en');
    usePreferences.getState().setTrainee('  S1234 ');
    usePreferences.getState().setMode('exam');
    const stored = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}');
    expect(stored).toEqual({ state: { language: 'en', trainee: 'S1234', mode: 'exam' }, version: 2 });
  });

  it('migrates v1 records and repairs junk', () => {
    expect(migratePreferences({ lng: 'zh-Hans', staffId: 'A7', mode: 'guided' }, 1)).toEqual({ language: 'zh-Hans', trainee: 'A7', mode: 'guided' });
    expect(migratePreferences({ language: 'klingon', trainee: 42, mode: 'hard' }, 2)).toEqual({ language: null, trainee: null, mode: 'practice' });
    expect(migratePreferences(null, 0)).toEqual({ language: null, trainee: null, mode: 'practice' });
  });
});
