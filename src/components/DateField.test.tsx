// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../tests/setup/axe.ts';
import { DateField, parseDate } from './DateField.tsx';

function Filter({ lang, hint, invalid }: { lang: string; hint: string; invalid: string }) {
  const [value, setValue] = useState('');
  return (
    <>
      <DateField id="from" label="由" value={value} onChange={setValue} lang={lang} hint={hint} invalid={invalid} />
      <output data-testid="chosen">{value}</output>
      <button type="button" onClick={() => setValue('')}>
        清除
      </button>
    </>
  );
}

describe('DateField (dates in the UI language, not the browser’s mm/dd/yyyy)', () => {
  it('in Chinese: the field is in the page’s language, says year-month-day, and takes 2026年12月2日', async () => {
    const user = userEvent.setup();
    render(<Filter lang="zh-Hant" hint="年-月-日，例如 2026-12-02" invalid="不是有效日期" />);
    const box = screen.getByLabelText('由');
    // Not a native date picker: Chromium draws that in the browser's locale (mm/dd/yyyy on an English one).
    expect(box).toHaveAttribute('type', 'text');
    expect(box).toHaveAttribute('lang', 'zh-Hant');
    expect(box).toHaveAccessibleDescription('年-月-日，例如 2026-12-02');
    await user.type(box, '2026年12月2日');
    expect(screen.getByTestId('chosen')).toHaveTextContent('2026-12-02');
    // Clearing the filters from outside empties the field.
    await user.click(screen.getByRole('button', { name: '清除' }));
    expect(box).toHaveValue('');
    await expectNoAxeViolations();
  });

  it('says so when the text is no date, and keeps the filter as it was', async () => {
    const user = userEvent.setup();
    render(<Filter lang="en" hint="Year-month-day" invalid="Not a date" />);
    const box = screen.getByLabelText('由');
    await user.type(box, '12/02/2026');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Not a date');
    expect(screen.getByTestId('chosen')).toHaveTextContent('');
  });

  it('reads the usual year-first spellings and refuses impossible dates', () => {
    expect(['2026-12-02', '2026/12/2', '2026.12.2', ' 2026 年 12 月 2 日 '].map(parseDate)).toEqual(['2026-12-02', '2026-12-02', '2026-12-02', '2026-12-02']);
    expect([parseDate('2026-02-30'), parseDate('2026-13-01'), parseDate('02/12/2026')]).toEqual([null, null, null]);
  });
});
