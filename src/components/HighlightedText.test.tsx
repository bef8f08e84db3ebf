// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './HighlightedText.tsx';

describe('HighlightedText', () => {
  it('marks spans and keeps every character once, as text', () => {
    const text = '<b>你別激動</b>,公司的規定就是這樣的';
    const { container } = render(
      <p>
        <HighlightedText text={text} highlights={[{ start: 3, end: 7, kind: 'forbidden' }, { start: 5, end: 9, kind: 'harmful' }, { start: 12, end: 22, kind: 'forbidden' }]} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect(container.querySelector('b')).toBeNull();
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['你別激動', '公司的規定就是這樣的']);
  });
});
