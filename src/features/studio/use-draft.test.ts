// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StudioScenarioRecord } from '../../storage/studio-records.ts';
import { studioRecord } from './test-support/studio-record.ts';
import { useDraft } from './use-draft.ts';

const record = studioRecord();

/** A save that succeeds at once and keeps every record written, newest last. */
function recordingSave() {
  const written: StudioScenarioRecord[] = [];
  const save = async (r: StudioScenarioRecord) => {
    written.push(r);
    return true;
  };
  return { written, save };
}

describe('useDraft', () => {
  // On a busy machine the library reads a write back long after the next save has started.
  // The page never re-renders with the newer record here, which is that slow case at its worst.
  it('keeps a translation draft when the autosave of a later edit starts before the library caught up', async () => {
    const { written, save } = recordingSave();
    const { result } = renderHook(() => useDraft(record.draft, record, [], save));
    await act(async () => {
      await result.current.update(() => ({ draft: '{"a":1}', machineConverted: { 'title:zh-Hans': '标题' } }));
    });
    act(() => result.current.setText('{"a":2}'));
    await waitFor(() => expect(written.at(-1)?.draft).toBe('{"a":2}'));
    expect(written.at(-1)?.machineConverted).toEqual({ 'title:zh-Hans': '标题' });
  });

  it('adds tests to the newest record, so two quick saves keep both tests', async () => {
    const { written, save } = recordingSave();
    const { result } = renderHook(() => useDraft(record.draft, record, [], save));
    await act(async () => {
      await result.current.update((r) => ({ tests: [...r.tests, { name: 'one' }] }));
      await result.current.update((r) => ({ tests: [...r.tests, { name: 'two' }] }));
    });
    expect(written.at(-1)?.tests.map((t) => t.name)).toEqual(['one', 'two']);
  });

  it('takes a record the library reads back when it is newer than its own last write', async () => {
    const { written, save } = recordingSave();
    const { result, rerender } = renderHook(({ r }) => useDraft(r.draft, r, [], save), { initialProps: { r: record } });
    // Renamed elsewhere on the page (a newer write than any of this editor's).
    rerender({ r: { ...record, name: 'Renamed', updatedAt: '2099-01-01T00:00:00.000Z' } });
    await act(async () => {
      await result.current.update(() => ({ draft: '{"b":1}' }));
    });
    expect(written.at(-1)?.name).toBe('Renamed');
  });
});
