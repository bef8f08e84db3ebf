// Guided mode's choices per state, written without JSON: each state's options (the reply in three
// languages, whether it is good, flawed or harmful, and what must be true before it is offered), added,
// edited and removed through the editor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import { LocField, SelectField, type Write } from '../story/fields.tsx';
import { NeedsFields, needsOptions } from '../story/NeedsFields.tsx';
import { ErrorText } from '../../../components/ErrorText.tsx';
import { stateName } from '../graph/state-name.ts';

interface Props {
  scenario: Scenario | null;
  readOnly: boolean;
  edit: (make: (text: string) => Edit[]) => void;
}

const KINDS = ['good', 'flawed', 'harmful'] as const;
const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;

export function GuidedEditor({ scenario, readOnly, edit }: Props) {
  const { t, i18n } = useTranslation();
  const states = scenario ? Object.keys(scenario.states) : [];
  const [state, setState] = useState(states[0] ?? '');
  const [text, setText] = useState({ 'zh-Hant': '', 'zh-Hans': '', en: '' });
  const [kind, setKind] = useState<(typeof KINDS)[number]>('good');
  const [error, setError] = useState<string | null>(null);
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const current = states.includes(state) ? state : (states[0] ?? '');
  const options = scenario.guided?.[current] ?? [];
  const lang = (LOCALES as readonly string[]).includes(i18n.language) ? (i18n.language as (typeof LOCALES)[number]) : 'en';

  const add = () => {
    if (LOCALES.some((l) => !text[l].trim())) return setError(t('authoring.guided.allLanguages'));
    edit((doc) => appendAt(doc, ['guided', current], { text: { 'zh-Hant': text['zh-Hant'].trim(), 'zh-Hans': text['zh-Hans'].trim(), en: text.en.trim() }, kind }));
    setText({ 'zh-Hant': '', 'zh-Hans': '', en: '' });
    setError(null);
  };
  // Removing the last option removes the state's list (an empty list is not allowed).
  const write: Write = (path, value) => edit((doc) => setAt(doc, path, value));
  const remove = (i: number) => edit((doc) => setAt(doc, options.length === 1 ? ['guided', current] : ['guided', current, i], undefined));

  return (
    <div className="studio-guided">
      <p className="hint">{t('authoring.guided.intro')}</p>
      <label>
        {t('authoring.guided.state')}
        <select value={current} onChange={(e) => setState(e.target.value)}>
          {states.map((s) => (
            <option key={s} value={s} title={s}>
              {stateName(s, t)}
            </option>
          ))}
        </select>
      </label>
      {options.length === 0 ? (
        <p>{t('authoring.guided.none')}</p>
      ) : (
        <ul className="studio-guided-list">
          {options.map((o, i) => (
            <li key={`${current}-${i}`} className={`kind-${o.kind}`}>
              <span className="studio-tag">{t(`authoring.guided.kinds.${o.kind}`)}</span> <span lang={lang}>{o.text[lang]}</span>
              {!readOnly && (
                <fieldset className="studio-story-item">
                  <legend>{t('authoring.guided.editNamed', { n: i + 1 })}</legend>
                  <LocField label={t('authoring.guided.reply')} path={['guided', current, i, 'text']} value={o.text} readOnly={readOnly} write={write} multiline />
                  <SelectField label={t('authoring.guided.kind')} path={['guided', current, i, 'kind']} value={o.kind} options={KINDS.map((k) => [k, t(`authoring.guided.kinds.${k}`)])} readOnly={readOnly} write={write} />
                  <NeedsFields legend={t('authoring.guided.needs', { n: i + 1 })} needs={o.needs} path={['guided', current, i]} options={needsOptions(scenario, i18n.language)} readOnly={readOnly} write={write} />
                </fieldset>
              )}
              {!readOnly && (
                <button type="button" className="button small link" onClick={() => remove(i)} aria-label={t('authoring.guided.removeNamed', { n: i + 1, state: stateName(current, t) })}>
                  {t('authoring.guided.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="studio-guided-form"
          aria-labelledby="guided-add-title"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <h3 id="guided-add-title">{t('authoring.guided.add', { state: stateName(current, t) })}</h3>
          {LOCALES.map((l) => (
            <label key={l}>
              {t(`common.languageNames.${l}`)}
              <textarea rows={2} lang={l} value={text[l]} maxLength={1000} aria-invalid={error !== null && !text[l].trim()} onChange={(e) => setText({ ...text, [l]: e.target.value })} />
            </label>
          ))}
          <label>
            {t('authoring.guided.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`authoring.guided.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <ErrorText>{error}</ErrorText>
          <button type="submit" className="button small">
            {t('authoring.guided.addButton')}
          </button>
        </form>
      )}
    </div>
  );
}
