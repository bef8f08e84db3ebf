// "Publish to the record store": the organisation's scenario pack (a file `npx defuse pack` built) and the
// groups and assignments made on this device become documents in its record store, which every device
// pointed at that store reads at start — no redeploy. Each write carries the ETag it read, so a change
// another trainer made meanwhile is reported instead of overwritten.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPackText } from '../../domain/org/pack.schema.ts';
import type { DocumentWrite } from '../../lrs/activity-profile.ts';
import { publishAssignmentsDocument, publishPackDocument } from '../../lrs/org-documents.ts';
import type { LrsEndpoint } from '../../lrs/transport.ts';
import { usePlan } from './plan-store.ts';

interface Props {
  /** The organisation's id (from its config); null in practice mode. */
  orgId: string | null;
  /** This device's record store; null when none is set up. */
  store: LrsEndpoint | null;
  /** Called once the record store took a pack, so the page can offer its scenarios at once. */
  onPackPublished?: () => void;
}

type Message = { tone: 'info' | 'error'; text: string };

export function StorePublish({ orgId, store, onPackPublished }: Props) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const said = (result: DocumentWrite, done: string): Message => {
    if (result.ok) return { tone: 'info', text: done };
    if ('conflict' in result && result.conflict) return { tone: 'error', text: t('org.plan.store.conflict') };
    if (result.status === 401 || result.status === 403) return { tone: 'error', text: t('org.plan.store.forbidden', { status: result.status }) };
    return { tone: 'error', text: t('org.plan.store.failed', { detail: result.message }) };
  };

  const publishPack = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file || !orgId || !store) return;
    setBusy(true);
    const text = await file.text();
    const checked = await checkPackText(text);
    if (!checked.ok) setMessage({ tone: 'error', text: t('org.plan.store.packInvalid', { file: file.name, detail: checked.problems[0] ?? '' }) });
    else {
      const result = await publishPackDocument(store, orgId, text);
      setMessage(said(result, t('org.plan.store.packDone', { name: checked.pack.name, count: checked.pack.scenarios.length })));
      if (result.ok) onPackPublished?.();
    }
    setBusy(false);
  };

  const publishAssignments = async () => {
    if (!orgId || !store) return;
    setBusy(true);
    setMessage(said(await publishAssignmentsDocument(store, orgId, { groups: plan.groups, assignments: plan.assignments }), t('org.plan.store.assignmentsDone', { count: plan.assignments.length })));
    setBusy(false);
  };

  return (
    <section className="card org-store" aria-labelledby="org-store-title">
      <h2 id="org-store-title">{t('org.plan.store.title')}</h2>
      {!orgId || !store ? (
        <p className="meta">{t(orgId ? 'org.plan.store.noStore' : 'org.plan.store.noOrganisation')}</p>
      ) : (
        <>
          <p>{t('org.plan.store.intro')}</p>
          <div className="field">
            <label htmlFor="org-store-pack">{t('org.plan.store.pack')}</label>
            <input id="org-store-pack" type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void publishPack(e)} />
          </div>
          <button type="button" className="button" disabled={busy || (plan.groups.length === 0 && plan.assignments.length === 0)} onClick={() => void publishAssignments()}>
            {t('org.plan.store.assignments')}
          </button>
        </>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'error-text' : 'meta'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
