// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Labelled } from './Labelled.tsx';

describe('Labelled', () => {
  it.each([
    ['Customer:', 'Ms Ho', 'Customer: Ms Ho'],
    ['顧客：', '何小姐', '顧客：何小姐'],
    ['沒有讀到：', '否定情緒', '沒有讀到：否定情緒'],
    ['备注：', '太快', '备注：太快'],
  ])('%s then %s reads "%s": a space after an English colon, none after a full-width one', (label, value, shown) => {
    const { container } = render(
      <p>
        <Labelled label={label}>{value}</Labelled>
      </p>,
    );
    expect(container.textContent).toBe(shown);
    expect(container.querySelector('strong')?.textContent).toBe(label);
  });
});
