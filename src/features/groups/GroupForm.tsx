import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../components/ErrorList.tsx';
import type { Group } from '../../domain/org/assignments.ts';
import { idFor, splitTrainees } from '../../domain/org/plan-edit.ts';

interface Props {
  /** Groups already there (this device's and the organisation's): a name is not used twice. */
  groups: readonly Group[];
  onAdd: (group: Group) => void;
}

/** Name a group and list its trainees (one a line, or separated by commas). */
export function GroupForm({ groups, onAdd }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim().replace(/\s+/g, ' ');
    const trainees = splitTrainees(typed);
    const out: string[] = [];
    if (!clean) out.push(t('org.plan.errors.groupName'));
    else if (groups.some((g) => g.name.toLowerCase() === clean.toLowerCase())) out.push(t('org.plan.errors.groupTaken', { name: clean }));
    if (clean.length > 200) out.push(t('org.plan.errors.tooLong', { max: 200 }));
    if (trainees.length === 0) out.push(t('org.plan.errors.trainees'));
    if (trainees.some((n) => n.length > 200)) out.push(t('org.plan.errors.tooLong', { max: 200 }));
    setErrors(out);
    if (out.length > 0) return;
    onAdd({ id: idFor(clean, 'group', groups.map((g) => g.id)), name: clean, trainees });
    setName('');
    setTyped('');
  };

  return (
    <form className="org-plan-form" onSubmit={submit} noValidate aria-labelledby="org-plan-group-form">
      <h4 id="org-plan-group-form">{t('org.plan.newGroup')}</h4>
      <div className="field">
        <label htmlFor="org-plan-group-name">{t('org.plan.groupName')}</label>
        <input id="org-plan-group-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="org-plan-trainees">{t('org.plan.trainees')}</label>
        <textarea id="org-plan-trainees" rows={4} value={typed} aria-describedby="org-plan-trainees-hint" onChange={(e) => setTyped(e.target.value)} />
        <span id="org-plan-trainees-hint" className="hint">
          {t('org.plan.traineesHint')}
        </span>
      </div>
      <ErrorList errors={errors} />
      <button type="submit" className="button primary">
        {t('org.plan.addGroup')}
      </button>
    </form>
  );
}
