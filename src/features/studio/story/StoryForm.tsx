// The parts of a scenario an author would otherwise write in JSON: the briefing and opening, the
// customer, the facts, what the customer wants, their objections (and what answers them) and the model
// answers. Each field writes its JSON path through the editor when the author leaves it (one undo step per
// field), so the code editor, Problems and the preview always agree with the form.
import { useTranslation } from 'react-i18next';
import { MOVE_IDS } from '../../../domain/reply/moves.ts';
import { OBJECTION_KINDS, PERSONALITIES, WHEN_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { LocField, NumberField, Section, SelectField, TopicsField, type Loc, type Write } from './fields.tsx';
import { AnswersField } from './AnswersField.tsx';
import { ItemList } from './ItemList.tsx';
import { LineList } from './LineList.tsx';
import { PickList } from './choice-fields.tsx';

interface Props {
  scenario: Scenario | null;
  readOnly: boolean;
  edit: (make: (text: string) => Edit[]) => void;
}


/** Placeholder text in all three languages for a new item: the author replaces it, Translations flags nothing. */
const draftText = (en: string, hant: string, hans: string): Loc => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

export function StoryForm({ scenario, readOnly, edit }: Props) {
  const { t } = useTranslation();
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const write: Write = (path, value) => edit((text) => setAt(text, path, value));
  const append = (path: PathSegment[], value: unknown) => edit((text) => appendAt(text, path, value));
  const states = Object.keys(scenario.states);
  const f = { readOnly, write };
  const list = { readOnly, write, append };
  const moves = MOVE_IDS.map((m): [string, string] => [m, `${m} — ${t(`drill.moves.${m}`)}`]);

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
          legend={(fact) => t('authoring.story.fact', { id: fact.id })}
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

      <Section title={t('authoring.story.wantsTitle')}>
        <LineList {...list} label={t('authoring.story.wantsSays')} lines={scenario.wants.says} path={['wants', 'says']} required={false} fresh={draftText('I just want it fixed.', '我只係想搞掂佢。', '我只想把它解决。')} />
        <ItemList
          {...list}
          items={scenario.wants.remedies}
          path={['wants', 'remedies']}
          legend={(remedy) => t('authoring.story.remedy', { id: remedy.id })}
          addLabel={t('authoring.story.addRemedy')}
          idPrefix="remedy"
          removable={scenario.wants.remedies.length > 1}
          fresh={(id) => ({
            id,
            label: draftText('What would be done', '會做甚麼', '会做什么'),
            topics: { 'zh-Hant': ['處理'], 'zh-Hans': ['处理'], en: ['sort it out'] },
            verdict: 'accept',
          })}
        >
          {(remedy, p) => (
            <>
              <LocField {...f} label={t('authoring.story.remedyLabel')} path={[...p, 'label']} value={remedy.label} />
              <SelectField {...f} label={t('authoring.story.verdict')} path={[...p, 'verdict']} value={remedy.verdict} options={(['accept', 'partial', 'reject'] as const).map((v) => [v, t(`authoring.story.verdicts.${v}`)])} />
              <TopicsField {...f} label={t('authoring.story.topics')} path={[...p, 'topics']} value={remedy.topics} />
              {remedy.verdict !== 'accept' && <LocField {...f} label={t('authoring.story.remedySays')} path={[...p, 'says', 0]} value={remedy.says?.[0]} />}
            </>
          )}
        </ItemList>
        <SelectField
          {...f}
          label={t('authoring.story.deadline')}
          path={['wants', 'deadline', 'by']}
          value={scenario.wants.deadline?.by ?? ''}
          options={[['', t('authoring.story.noDeadline')], ...WHEN_IDS.map((w): [string, string] => [w, t(`authoring.story.when.${w}`)])]}
          onWrite={(v) =>
            v === ''
              ? write(['wants', 'deadline'], undefined)
              : write(['wants', 'deadline'], { by: v, pushback: scenario.wants.deadline?.pushback ?? [draftText("That's too late for me.", '咁遲唔得。', '这么晚不行。')] })
          }
        />
        {scenario.wants.deadline && <LocField {...f} label={t('authoring.story.pushback')} path={['wants', 'deadline', 'pushback', 0]} value={scenario.wants.deadline.pushback[0]} />}
      </Section>

      <Section title={t('authoring.story.objectionsTitle')}>
        <ItemList
          {...list}
          items={scenario.objections}
          path={['objections']}
          legend={(o) => t('authoring.story.objection', { id: o.id })}
          addLabel={t('authoring.story.addObjection')}
          idPrefix="objection"
          fresh={(id) => ({
            id,
            kind: 'doubt',
            label: draftText('Doubted the promise', '懷疑承諾', '怀疑承诺'),
            raisedWhen: 'offer',
            says: [draftText('How do I know you will really do it?', '我點知你係咪真係會做？', '我怎么知道你是不是真的会做？')],
            answeredBy: [{ anyActs: ['take_ownership'] }, { anyActs: ['commit_followup'], owner: true }],
            answered: [draftText('All right, I will take your word for it.', '好，我信你一次。', '好，我信你一次。')],
            hostility: 5,
          })}
        >
          {(o, p) => (
            <>
              <LocField {...f} label={t('authoring.story.objectionLabel')} path={[...p, 'label']} value={o.label} />
              <SelectField {...f} label={t('authoring.story.kind')} path={[...p, 'kind']} value={o.kind} options={OBJECTION_KINDS.map((k) => [k, t(`authoring.story.kinds.${k}`)])} />
              <SelectField {...f} label={t('authoring.story.raisedWhen')} path={[...p, 'raisedWhen']} value={o.raisedWhen} options={(['offer', 'accepted'] as const).map((k) => [k, t(`authoring.story.raised.${k}`)])} />
              <LineList {...list} label={t('authoring.story.objectionSays')} lines={o.says} path={[...p, 'says']} required fresh={draftText('How do I know you will really do it?', '我點知你係咪真係會做？', '我怎么知道你是不是真的会做？')} />
              <AnswersField {...list} answers={o.answeredBy} path={[...p, 'answeredBy']} remedyIds={scenario.wants.remedies.map((r) => r.id)} />
              <LineList {...list} label={t('authoring.story.objectionAnswered')} lines={o.answered} path={[...p, 'answered']} required fresh={draftText('All right, I will take your word for it.', '好，我信你一次。', '好，我信你一次。')} />
              <NumberField {...f} label={t('authoring.story.objectionHostility')} path={[...p, 'hostility']} value={o.hostility} min={0} max={30} />
            </>
          )}
        </ItemList>
      </Section>

      <Section title={t('authoring.story.modelAnswersTitle')}>
        {states.map((state) => (
          <fieldset key={state} className="studio-story-item">
            <legend>{t('authoring.story.modelAnswersFor', { state })}</legend>
            {(scenario.modelAnswers[state] ?? []).map((answer, i, all) => (
              <div key={i} className="studio-story-variant">
                <LocField {...f} label={t('authoring.story.modelAnswer', { n: i + 1 })} path={['modelAnswers', state, i]} value={answer} multiline />
                {!readOnly && all.length > 1 && (
                  <button type="button" className="button small link" onClick={() => write(['modelAnswers', state, i], undefined)}>
                    {t('authoring.story.removeModelAnswer', { n: i + 1, state })}
                  </button>
                )}
              </div>
            ))}
            {!readOnly && (
              <button type="button" className="button small" onClick={() => append(['modelAnswers', state], draftText('A better reply for this moment', '這一刻更好的回覆', '这一刻更好的回复'))}>
                {t('authoring.story.addModelAnswer', { state })}
              </button>
            )}
          </fieldset>
        ))}
      </Section>
    </div>
  );
}
