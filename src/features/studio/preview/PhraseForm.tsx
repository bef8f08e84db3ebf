// "Add a phrase" from the preview: the author picks the move a reply should have read as and the words
// that say it; the entry is checked with the scenario's own classifier (its example must read as the move,
// its counterexample must not) before it can be added to lexicon.entries. Words, never a regex.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveId } from '../../../domain/reply/moves.ts';
import { moveOptions } from '../story/move-options.ts';
import { MAX_LEXICON_ENTRIES } from '../../../domain/limits.ts';
import { checkPhrase, MAX_PHRASE_LENGTH, type PhraseCheck, type PhraseEntry } from '../../../domain/scenario/lexicon-phrase.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { TitledForm } from '../TitledForm.tsx';

const PROBLEM_KEYS = { empty: 'empty', 'not-in-example': 'notInExample', 'too-long': 'tooLong', 'too-many': 'tooMany', unsafe: 'unsafe' } as const;

interface Props {
  scenario: Scenario;
  reply: string;
  onAdd: (entry: PhraseEntry) => void;
  onClose: () => void;
}

export function PhraseForm({ scenario, reply, onAdd, onClose }: Props) {
  const { t } = useTranslation();
  const [move, setMove] = useState<MoveId | ''>('');
  const [phrase, setPhrase] = useState(reply);
  const [counter, setCounter] = useState('');
  const [result, setResult] = useState<PhraseCheck | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const check = () => {
    if (!move) return;
    setAdded(null);
    setResult(checkPhrase(scenario.lexicon, { move, phrase, example: reply, counterexample: counter }));
  };
  return (
    <TitledForm className="studio-phrase card" titleId="studio-phrase-title" title={t('authoring.phrase.title')} onSubmit={check}>
      <p className="hint">{t('authoring.phrase.intro')}</p>
      <p>
        {t('authoring.phrase.reply')} <q className="studio-debug-reply">{reply}</q>
      </p>
      <label>
        {t('authoring.phrase.move')}
        <select value={move} required onChange={(e) => (setMove(e.target.value as MoveId), setResult(null))}>
          <option value="">{t('authoring.phrase.pickMove')}</option>
          {moveOptions(t).map(([m, name, id]) => (
            <option key={m} value={m} title={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('authoring.phrase.words')}
        <input value={phrase} maxLength={MAX_PHRASE_LENGTH} required onChange={(e) => (setPhrase(e.target.value), setResult(null))} />
      </label>
      <p className="hint">{t('authoring.phrase.wordsHint')}</p>
      <label>
        {t('authoring.phrase.counter')}
        <input value={counter} maxLength={500} onChange={(e) => (setCounter(e.target.value), setResult(null))} />
      </label>
      <div className="studio-phrase-actions">
        <button type="submit" className="button" disabled={!move || !phrase.trim()}>
          {t('authoring.phrase.check')}
        </button>
        <button type="button" className="button link" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      {result && (
        <div role="status" className="studio-phrase-result">
          {result.problem ? (
            <p className="error-text">{t(`authoring.phrase.problem.${PROBLEM_KEYS[result.problem]}`, { max: result.problem === 'too-many' ? MAX_LEXICON_ENTRIES : MAX_PHRASE_LENGTH, id: result.entry.id, detail: result.detail ?? '' })}</p>
          ) : (
            <ul>
              {result.examples.map((x, i) => (
                <li key={`e${i}`} className={x.ok ? 'ok-text' : 'error-text'}>
                  {t(x.ok ? 'authoring.phrase.exampleOk' : 'authoring.phrase.exampleBad', { move: result.entry.move })} <q>{x.text}</q>
                </li>
              ))}
              {result.counterexamples.map((x, i) => (
                <li key={`c${i}`} className={x.ok ? 'ok-text' : 'error-text'}>
                  {t(x.ok ? 'authoring.phrase.counterOk' : 'authoring.phrase.counterBad', { move: result.entry.move })} <q>{x.text}</q>
                </li>
              ))}
            </ul>
          )}
          {result.ok && (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                onAdd(result.entry);
                setAdded(result.entry.id);
                setResult(null);
              }}
            >
              {t('authoring.phrase.add', { id: result.entry.id })}
            </button>
          )}
        </div>
      )}
      {added && <p role="status">{t('authoring.phrase.added', { id: added })}</p>}
    </TitledForm>
  );
}
