// Side by side: every string in zh-Hant, zh-Hans and en, missing ones flagged. A missing Chinese string
// can be drafted from the other script with OpenCC, marked machine-converted until a person changes it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectStrings, setString, TEXT_LOCALES, type StringRow, type TextLocale } from './collect-strings.ts';

interface Props {
  doc: unknown;
  text: string;
  readOnly: boolean;
  /** Paths (`path:locale`) drafted by OpenCC and the text drafted. */
  converted: Readonly<Record<string, string>>;
  onEdit: (text: string, converted: Record<string, string>) => void;
}

async function convert(value: string, to: 'zh-Hans' | 'zh-Hant'): Promise<string> {
  const OpenCC = await import('opencc-js');
  return OpenCC.Converter(to === 'zh-Hans' ? { from: 'hk', to: 'cn' } : { from: 'cn', to: 'hk' })(value);
}

export function TranslationsView({ doc, text, readOnly, converted, onEdit }: Props) {
  const { t } = useTranslation();
  const rows = useMemo(() => collectStrings(doc), [doc]);
  const [onlyMissing, setOnlyMissing] = useState(false);
  if (doc === undefined) return <p className="studio-empty">{t('studio.translations.needsJson')}</p>;
  const shown = onlyMissing ? rows.filter((r) => r.missing.length > 0) : rows;
  const missingCount = rows.filter((r) => r.missing.length > 0).length;
  const draft = async (row: StringRow, locale: 'zh-Hans' | 'zh-Hant') => {
    const source = row.values[locale === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans'];
    if (!source) return;
    const value = await convert(source, locale);
    onEdit(setString(text, row.segments, locale, value), { ...converted, [`${row.path}:${locale}`]: value });
  };
  const cell = (row: StringRow, l: TextLocale) => {
    const value = row.values[l];
    const key = `${row.path}:${l}`;
    const machine = value !== undefined && converted[key] === value;
    if (value?.trim()) {
      return (
        <td key={l} lang={l}>
          {value}
          {machine && <span className="studio-tag machine"> {t('studio.translations.machine')}</span>}
        </td>
      );
    }
    const other = l === 'zh-Hans' ? row.values['zh-Hant'] : l === 'zh-Hant' ? row.values['zh-Hans'] : undefined;
    return (
      <td key={l} className="missing">
        <span className="studio-tag missing">{t('studio.translations.missing')}</span>
        {!readOnly && other && l !== 'en' && (
          <button type="button" className="button small" onClick={() => void draft(row, l)} aria-label={t('studio.translations.convertNamed', { path: row.path, locale: t(`common.languageNames.${l}`) })}>
            {l === 'zh-Hans' ? t('studio.translations.toHans') : t('studio.translations.toHant')}
          </button>
        )}
      </td>
    );
  };
  return (
    <div className="studio-translations">
      <p role="status">{t('studio.translations.summary', { total: rows.length, missing: missingCount })}</p>
      <label className="check">
        <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} /> {t('studio.translations.onlyMissing')}
      </label>
      {/* A scrolling region is a tab stop of its own, so keyboard users can scroll it. */}
      <div className="studio-table-scroll" tabIndex={0} role="region" aria-label={t('studio.translations.caption')}>
        <table>
          <caption className="visually-hidden">{t('studio.translations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('studio.translations.path')}</th>
              {TEXT_LOCALES.map((l) => (
                <th key={l} scope="col">
                  {t(`common.languageNames.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 1000).map((row) => (
              <tr key={row.path}>
                <th scope="row">
                  <code>{row.path}</code>
                </th>
                {TEXT_LOCALES.map((l) => cell(row, l))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
