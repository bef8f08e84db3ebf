// The parts of a scenario an author would otherwise write in JSON: the briefing and opening, the
// customer, the facts and the model answers (what the customer wants and objects to is WantsForm). Each
// field writes its JSON path through the editor when the author leaves it (one undo step per field), so the
// code editor, Problems and the preview always agree with the form.
import { useTranslation } from 'react-i18next';
import { recordName } from './record-name.ts';
import { moveOptions } from './move-options.ts';
import { PERSONALITIES } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { draftText, LocField, NumberField, Section, SelectField, TopicsField, type Write } from './fields.tsx';
import { ItemList } from './ItemList.tsx';
import { PickList } from './choice-fields.tsx';
import { stateName } from '../graph/state-name.ts';

interface Props {
  scenario: Scenario | null;
  readOnly: boolean;
  edit: (make: (text: string) => Edit[]) => void;
}


export function StoryForm({ scenario, readOnly, edit }: Props) {
  const { t, i18n } = useTranslation();
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const write: Write = (path, value) => edit((text) => setAt(text, path, value));
  const append = (path: PathSegment[], value: unknown) => edit((text) => appendAt(text, path, value));
  const states = Object.keys(scenario.states);
  const f = { readOnly, write };
  const list = { readOnly, write, append };
  const moves = moveOptions(t);

  return (
    <div className="studio-story">
      <p className="hint">{t('authoring.story.intro')}</p>

      <Section title={t('authoring.story.briefingTitle')}>
        <LocField {...f} label={t('authoring.story.briefing')} path={['briefing']} value={scenario.briefing} multiline />
        <LocField {...f} label={t('authoring.story.opening')} path={['opening']} value={scenario.opening} multiline />
      </Section>

      <Section title={t('authoring.story.personaTitle')}>
        <LocField {...f} label={t('authoring.story.personaName')} path={['persona', 'name']} value={scenario.persona.name} />
        <SelectField {...f} label={t('authoring.story.personality')} path={['persona', 'personality']} value={scenario.persona.personality} options={PERSONALITIES.map((p) => [p, t(`authoring.story.personalities.${p}`)])} />
        <NumberField {...f} label={t('authoring.story.startHostility')} path={['persona', 'startHostility']} value={scenario.persona.startHostility} min={0} max={100} />
      </Section>

      <Section title={t('authoring.story.factsTitle')}>
        <ItemList
          {...list}
          items={scenario.facts}
          path={['facts']}
          legend={(fact) => t('authoring.story.fact', { name: recordName(fact, i18n.language) })}
          name={(fact) => recordName(fact, i18n.language)}
          addLabel={t('authoring.story.addFact')}
          idPrefix="fact"
          fresh={(id) => ({
            id,
            label: draftText('What the trainee should find out', '學員要問出的事', '学员要问出的事'),
            revealedBy: ['ask_open', 'ask_closed'],
            maxHostility: 60,
            says: draftText('How the customer tells it', '顧客怎樣說出這件事', '顾客怎样说出这件事'),
            curt: draftText("I've told you already.", '我講過啦。', '我说过了。'),
          })}
        >
          {(fact, p) => (
            <>
              <LocField {...f} label={t('authoring.story.factLabel')} path={[...p, 'label']} value={fact.label} />
              <LocField {...f} label={t('authoring.story.factSays')} path={[...p, 'says']} value={fact.says} multiline />
              <LocField {...f} label={t('authoring.story.factCurt')} path={[...p, 'curt']} value={fact.curt} />
              <NumberField {...f} label={t('authoring.story.maxHostility')} path={[...p, 'maxHostility']} value={fact.maxHostility} min={0} max={100} />
              <PickList label={t('authoring.story.revealedBy')} value={fact.revealedBy} options={moves} readOnly={readOnly} required onWrite={(v) => write([...p, 'revealedBy'], v)} />
              <TopicsField {...f} label={t('authoring.story.factTopics')} path={[...p, 'topics']} value={fact.topics ?? {}} />
            </>
          )}
        </ItemList>
      </Section>

      <Section title={t('authoring.story.modelAnswersTitle')}>
        {states.map((state) => (
          <fieldset key={state} className="studio-story-item">
            <legend>{t('authoring.story.modelAnswersFor', { state: stateName(state, t) })}</legend>
            {(scenario.modelAnswers[state] ?? []).map((answer, i, all) => (
              <div key={i} className="studio-story-variant">
                <LocField {...f} label={t('authoring.story.modelAnswer', { n: i + 1 })} path={['modelAnswers', state, i]} value={answer} multiline />
                {!readOnly && all.length > 1 && (
                  <button type="button" className="button small link" onClick={() => write(['modelAnswers', state, i], undefined)}>
                    {t('authoring.story.removeModelAnswer', { n: i + 1, state: stateName(state, t) })}
                  </button>
                )}
              </div>
            ))}
            {!readOnly && (
              <button type="button" className="button small" onClick={() => append(['modelAnswers', state], draftText('A better reply for this moment', '這一刻更好的回覆', '这一刻更好的回复'))}>
                {t('authoring.story.addModelAnswer', { state: stateName(state, t) })}
              </button>
            )}
          </fieldset>
        ))}
      </Section>
    </div>
  );
}
