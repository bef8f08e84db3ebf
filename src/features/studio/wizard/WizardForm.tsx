// The new-scenario wizard: setting, channel, persona, motives, the facts, what the customer wants. Each text
// is asked in Traditional Chinese and English; Simplified is drafted with OpenCC (marked machine-converted
// in Translations until a person changes it). The answers become a valid, playable five-state draft.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOTIVES, PERSONALITIES, WHEN_IDS } from '../../../domain/scenario/scenario.schema.ts';
import { SETTINGS } from '../../../domain/scenario/settings.ts';
import { buildDraft, type Loc, type WizardInput } from './build-draft.ts';
import { FormActions } from '../../../components/FormActions.tsx';

type Bi = { 'zh-Hant': string; en: string };
const emptyBi = (): Bi => ({ 'zh-Hant': '', en: '' });
interface FactRow {
  label: Bi;
  says: Bi;
  topics: string;
}

interface Props {
  /** Scenario ids already used (shipped and own). */
  takenIds: ReadonlySet<string>;
  onCreate: (name: string, text: string, converted: Record<string, string>) => void;
  onCancel: () => void;
}

const ID = /^[a-z][a-z0-9_-]*$/;
const MAX_FACTS = 5;

async function toHans(value: string): Promise<string> {
  const OpenCC = await import('opencc-js');
  return OpenCC.Converter({ from: 'hk', to: 'cn' })(value);
}

export function WizardForm({ takenIds, onCreate, onCancel }: Props) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [title, setTitle] = useState(emptyBi);
  const [setting, setSetting] = useState<WizardInput['setting']>('face_to_face');
  const [briefing, setBriefing] = useState(emptyBi);
  const [opening, setOpening] = useState(emptyBi);
  const [name, setName] = useState(emptyBi);
  const [personality, setPersonality] = useState<WizardInput['persona']['personality']>('eagle');
  const [motives, setMotives] = useState<WizardInput['persona']['motives']>(['fix']);
  const [startHostility, setStartHostility] = useState('70');
  const [facts, setFacts] = useState<FactRow[]>([{ label: emptyBi(), says: emptyBi(), topics: '' }]);
  const [want, setWant] = useState<{ label: Bi; topics: string; by: WizardInput['want']['by'] }>({ label: emptyBi(), topics: '', by: 'today' });
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // Opened from the library, the form may sit below it (a phone stacks the panels): bring it into view
  // and start there, rather than leaving the author on the button with nothing visibly changed.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);

  const bi = (key: string, value: Bi, set: (v: Bi) => void, multiline = false) => (
    <fieldset className="studio-bi">
      <legend>{t(`authoring.wizard.fields.${key}` as 'authoring.wizard.fields.title')}</legend>
      {(['zh-Hant', 'en'] as const).map((l) => {
        const props = {
          value: value[l],
          lang: l,
          maxLength: 2000,
          'aria-invalid': submitted(value[l]),
          onChange: (e: { target: { value: string } }) => set({ ...value, [l]: e.target.value }),
        };
        return (
          <label key={l}>
            {t(`common.languageNames.${l}`)}
            {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
          </label>
        );
      })}
    </fieldset>
  );
  const submitted = (v: string) => errors.length > 0 && v.trim() === '';
  const words = (s: string) => s.split(/[,\uff0c\u3001\n]/).map((w) => w.trim()).filter(Boolean);

  const check = (): string[] => {
    const out: string[] = [];
    const filled = (b: Bi) => b['zh-Hant'].trim() !== '' && b.en.trim() !== '';
    if (!ID.test(id)) out.push(t('authoring.wizard.errors.id'));
    else if (takenIds.has(id)) out.push(t('authoring.wizard.errors.idTaken', { id }));
    const need: [string, Bi][] = [['title', title], ['briefing', briefing], ['opening', opening], ['name', name], ['want', want.label]];
    for (const [key, b] of need) if (!filled(b)) out.push(t('authoring.wizard.errors.both', { field: t(`authoring.wizard.fields.${key}` as 'authoring.wizard.fields.title') }));
    facts.forEach((f, i) => {
      if (!filled(f.label) || !filled(f.says)) out.push(t('authoring.wizard.errors.fact', { n: i + 1 }));
    });
    if (words(want.topics).length === 0) out.push(t('authoring.wizard.errors.wantTopics'));
    const h = Number(startHostility);
    if (!Number.isInteger(h) || h < 0 || h > 100) out.push(t('authoring.wizard.errors.hostility'));
    if (motives.length === 0) out.push(t('authoring.wizard.errors.motives'));
    return out;
  };

  const submit = async () => {
    const found = check();
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    const converted: Record<string, string> = {};
    const loc = async (b: Bi, path: string): Promise<Loc> => {
      const hans = await toHans(b['zh-Hant'].trim());
      converted[`${path}:zh-Hans`] = hans;
      return { 'zh-Hant': b['zh-Hant'].trim(), 'zh-Hans': hans, en: b.en.trim() };
    };
    const input: WizardInput = {
      id,
      title: await loc(title, 'title'),
      briefing: await loc(briefing, 'briefing'),
      setting,
      opening: await loc(opening, 'opening'),
      persona: { name: await loc(name, 'persona.name'), personality, motives, startHostility: Number(startHostility) },
      facts: await Promise.all(facts.map(async (f, i) => ({ label: await loc(f.label, `facts[${i}].label`), says: await loc(f.says, `facts[${i}].says`), topics: words(f.topics) }))),
      want: { label: await loc(want.label, 'wants.remedies[0].label'), topics: words(want.topics), by: want.by },
    };
    onCreate(input.title.en, `${JSON.stringify(buildDraft(input), null, 2)}\n`, converted);
  };

  return (
    <form
      className="studio-wizard card"
      aria-labelledby="studio-wizard-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="studio-wizard-title" ref={heading} tabIndex={-1}>
        {t('authoring.wizard.title')}
      </h2>
      <p className="hint">{t('authoring.wizard.intro')}</p>
      {errors.length > 0 && (
        <div role="alert" className="studio-wizard-errors">
          <p>{t('authoring.wizard.errors.title')}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('authoring.wizard.sections.setting')}</h3>
      <label>
        {t('authoring.wizard.fields.id')}
        <input value={id} maxLength={80} aria-invalid={errors.length > 0 && (!ID.test(id) || takenIds.has(id))} aria-describedby="wizard-id-hint" onChange={(e) => setId(e.target.value.trim())} />
      </label>
      <p className="hint" id="wizard-id-hint">
        {t('authoring.wizard.idHint')}
      </p>
      {bi('title', title, setTitle)}
      <fieldset className="studio-choice">
        <legend>{t('authoring.wizard.fields.setting')}</legend>
        {SETTINGS.map((s) => (
          <label key={s}>
            <input type="radio" name="wizard-setting" checked={setting === s} onChange={() => setSetting(s)} /> {t(`authoring.wizard.settings.${s}`)}
          </label>
        ))}
      </fieldset>
      {bi('briefing', briefing, setBriefing, true)}
      {bi('opening', opening, setOpening, true)}

      <h3>{t('authoring.wizard.sections.persona')}</h3>
      {bi('name', name, setName)}
      <label>
        {t('authoring.wizard.fields.personality')}
        <select value={personality} onChange={(e) => setPersonality(e.target.value as typeof personality)}>
          {PERSONALITIES.map((p) => (
            <option key={p} value={p}>
              {t(`authoring.wizard.personalities.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="studio-choice">
        <legend>{t('authoring.wizard.fields.motives')}</legend>
        {MOTIVES.map((m) => (
          <label key={m}>
            <input type="checkbox" checked={motives.includes(m)} onChange={(e) => setMotives(e.target.checked ? [...motives, m] : motives.filter((x) => x !== m))} /> {t(`authoring.wizard.motives.${m}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('authoring.wizard.fields.startHostility')}
        <input type="number" inputMode="numeric" min={0} max={100} value={startHostility} onChange={(e) => setStartHostility(e.target.value)} />
      </label>

      <h3>{t('authoring.wizard.sections.facts')}</h3>
      <p className="hint">{t('authoring.wizard.factsHint')}</p>
      {facts.map((f, i) => (
        <fieldset key={i} className="studio-wizard-fact">
          <legend>{t('authoring.wizard.factN', { n: i + 1 })}</legend>
          {bi('factLabel', f.label, (v) => setFacts(facts.map((x, j) => (j === i ? { ...x, label: v } : x))))}
          {bi('factSays', f.says, (v) => setFacts(facts.map((x, j) => (j === i ? { ...x, says: v } : x))), true)}
          <label>
            {t('authoring.wizard.fields.topics')}
            <input value={f.topics} maxLength={500} onChange={(e) => setFacts(facts.map((x, j) => (j === i ? { ...x, topics: e.target.value } : x)))} />
          </label>
          {facts.length > 1 && (
            <button type="button" className="button small link" onClick={() => setFacts(facts.filter((_, j) => j !== i))}>
              {t('authoring.wizard.removeFact', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {facts.length < MAX_FACTS && (
        <button type="button" className="button small" onClick={() => setFacts([...facts, { label: emptyBi(), says: emptyBi(), topics: '' }])}>
          {t('authoring.wizard.addFact')}
        </button>
      )}

      <h3>{t('authoring.wizard.sections.want')}</h3>
      {bi('want', want.label, (v) => setWant({ ...want, label: v }))}
      <label>
        {t('authoring.wizard.fields.wantTopics')}
        <input value={want.topics} maxLength={500} onChange={(e) => setWant({ ...want, topics: e.target.value })} />
      </label>
      <label>
        {t('authoring.wizard.fields.deadline')}
        <select value={want.by} onChange={(e) => setWant({ ...want, by: e.target.value as typeof want.by })}>
          {WHEN_IDS.map((w) => (
            <option key={w} value={w}>
              {t(`authoring.wizard.when.${w}`)}
            </option>
          ))}
        </select>
      </label>
      <FormActions submit={t('authoring.wizard.create')} other={{ label: t('common.cancel'), onClick: onCancel }} busy={busy} className="studio-wizard-actions" />
    </form>
  );
}
