// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { JsonEditor, type EditorApi } from './JsonEditor.tsx';

describe('JsonEditor edits from the forms', () => {
  it('undoes one form edit at a time, however quickly the author made them', () => {
    const api = createRef<EditorApi | null>() as { current: EditorApi | null };
    const onChange = vi.fn();
    render(<JsonEditor docKey="d" initialText="[1]" readOnly={false} label="JSON" schema={{}} diagnostics={[]} jump={null} replace={null} onChange={onChange} apiRef={api} />);
    // Two adjacent insertions in the same instant (two transitions added on the graph): CodeMirror would
    // join them into one undo step unless each form edit is its own.
    api.current!.apply([{ offset: 2, length: 0, content: ', 2' }]);
    api.current!.apply([{ offset: 5, length: 0, content: ', 3' }]);
    expect(onChange).toHaveBeenLastCalledWith('[1, 2, 3]');
    api.current!.undo();
    expect(onChange).toHaveBeenLastCalledWith('[1, 2]');
    api.current!.undo();
    expect(onChange).toHaveBeenLastCalledWith('[1]');
    api.current!.redo();
    expect(onChange).toHaveBeenLastCalledWith('[1, 2]');
  });
});
