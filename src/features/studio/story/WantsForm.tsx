// What the customer wants and objects to, without JSON: what they say when asked, the remedies and how
// each lands, the deadline, and each objection with its lines and what answers it. Each field is written
// through the editor when the author leaves it (one undo step per field), like the story form.
import { useTranslation } from 'react-i18next';
import { OBJECTION_KINDS, WHEN_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { AnswersField } from './AnswersField.tsx';
import { draftText, LocField, NumberField, Section, SelectField, TopicsField, type Write } from './fields.tsx';
import { ItemList } from './ItemList.tsx';
import { LineList } from './LineList.tsx';
import { needsOptions } from './NeedsFields.tsx';
import { recordName } from './record-name.ts';

interface Props {
  scenario: Scenario | null;
  readOnly: boolean;
  edit: (make: (text: string) => Edit[]) => void;
}

export function WantsForm({ scenario, readOnly, edit }: Props) {
  const { t, i18n } = useTranslation();
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const write: Write = (path, value) => edit((text) => setAt(text, path, value));
  const append = (path: PathSegment[], value: unknown) => edit((text) => appendAt(text, path, value));
  const f = { readOnly, write };
  // Every customer line here may say what must be true before it is said, as in the states form.
  const list = { readOnly, write, append };
  const lines = { ...list, needs: needsOptions(scenario, i18n.language) };
  const pushbackFresh = draftText("That's too late for me.", '咁遲唔得。', '这么晚不行。');

  return (
    <div className="studio-story">
      <p className="hint">{t('authoring.wants.intro')}</p>
      <Section title={t('authoring.story.wantsTitle')}>
        <LineList {...lines} label={t('authoring.story.wantsSays')} lines={scenario.wants.says} path={['wants', 'says']} required={false} fresh={draftText('I just want it fixed.', '我只係想搞掂佢。', '我只想把它解决。')} />
        <ItemList
          {...list}
          items={scenario.wants.remedies}
          path={['wants', 'remedies']}
          legend={(remedy) => t('authoring.story.remedy', { name: recordName(remedy, i18n.language) })}
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
              {remedy.verdict !== 'accept' && (
                <LineList {...lines} label={t('authoring.story.remedySays')} lines={remedy.says} path={[...p, 'says']} required fresh={draftText("That's not enough for me.", '咁唔夠。', '这样不够。')} />
              )}
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
              : write(['wants', 'deadline'], { by: v, pushback: scenario.wants.deadline?.pushback ?? [pushbackFresh] })
          }
        />
        {scenario.wants.deadline && <LineList {...lines} label={t('authoring.story.pushback')} lines={scenario.wants.deadline.pushback} path={['wants', 'deadline', 'pushback']} required fresh={pushbackFresh} />}
      </Section>

      <Section title={t('authoring.story.objectionsTitle')}>
        <ItemList
          {...list}
          items={scenario.objections}
          path={['objections']}
          legend={(o) => t('authoring.story.objection', { name: recordName(o, i18n.language) })}
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
              <LineList {...lines} label={t('authoring.story.objectionSays')} lines={o.says} path={[...p, 'says']} required fresh={draftText('How do I know you will really do it?', '我點知你係咪真係會做？', '我怎么知道你是不是真的会做？')} />
              <AnswersField {...list} answers={o.answeredBy} path={[...p, 'answeredBy']} {...needsOptions(scenario, i18n.language)} />
              <LineList {...lines} label={t('authoring.story.objectionAnswered')} lines={o.answered} path={[...p, 'answered']} required fresh={draftText('All right, I will take your word for it.', '好，我信你一次。', '好，我信你一次。')} />
              <NumberField {...f} label={t('authoring.story.objectionHostility')} path={[...p, 'hostility']} value={o.hostility} min={0} max={30} />
            </>
          )}
        </ItemList>
      </Section>
    </div>
  );
}
