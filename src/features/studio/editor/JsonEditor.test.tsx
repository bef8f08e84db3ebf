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

describe('JsonEditor field docs by keyboard', () => {
  const schema = { type: 'object', properties: { limit: { type: 'number', description: 'Turns before the customer gives up.' } } };
  const press = (target: Element, key: string, ctrlKey = false) => target.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true }));

  it('Ctrl+K then Ctrl+I explains the field at the cursor; moving the cursor or Escape puts it away', () => {
    const { container } = render(<JsonEditor docKey="d" initialText={'{"limit": 12}'} readOnly={false} label="JSON" schema={schema} diagnostics={[]} jump={{ from: 3, to: 3, seq: 1 }} replace={null} onChange={() => {}} />);
    const content = container.querySelector('.cm-content')!;
    const docs = () => container.querySelector('.studio-hover')?.textContent ?? null;
    press(content, 'k', true);
    press(content, 'i', true);
    expect(docs()).toBe('limitTurns before the customer gives up.');
    press(content, 'Escape');
    expect(docs()).toBeNull();
    press(content, 'k', true);
    press(content, 'i', true);
    expect(docs()).not.toBeNull();
    press(content, 'ArrowRight');
    expect(docs()).toBeNull();
  });

  it('Ctrl+I alone does not explain anything (the docs need the Ctrl+K prefix)', () => {
    const { container } = render(<JsonEditor docKey="d" initialText={'{"limit": 12}'} readOnly={false} label="JSON" schema={schema} diagnostics={[]} jump={{ from: 3, to: 3, seq: 1 }} replace={null} onChange={() => {}} />);
    container.querySelector('.cm-content')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'i', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(container.querySelector('.studio-hover')).toBeNull();
  });
});
