import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../components/download-text.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { labelledSetJsonl, type MisreadFlag } from '../../../domain/records/misread-flag.ts';
import type { FlagsStorage } from '../../../storage/flags-storage.ts';
import { FlagReview } from './FlagReview.tsx';
import { ReviewedList } from './ReviewedList.tsx';
import { useFreshEvidence } from './use-fresh-evidence.ts';
import './misread-queue.css';

interface Props {
  /** The flag storage (loaded with this view). */
  loadStorage: () => Promise<FlagsStorage>;
  /** Who labels: the name the trainer tools were opened with. */
  reviewer: string;
  scenarioTitle: (id: string) => string;
  date: (iso: string) => string;
  /** The clock, for the label's time and the file's name (tests fix it). */
  now?: () => Date;
}

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; storage: FlagsStorage; flags: MisreadFlag[]; refused: number };

/** `#/scorecards/misread`: trainees' flagged replies, newest first, to label or dismiss; the labelled set to download. */
export function MisreadView({ loadStorage, reviewer, scenarioTitle, date, now = () => new Date() }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [said, setSaid] = useState<'saved' | 'dismissed' | 'reopened' | null>(null);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useCallback(async () => {
    try {
      const storage = await loadStorage();
      const { flags, refused } = await storage.listAll();
      setState({ status: 'ready', storage, flags, refused });
    } catch {
      setState({ status: 'error' });
    }
  }, [loadStorage]);
  useEffect(() => {
    void load();
  }, [load]);
  const flags = state.status === 'ready' ? state.flags : [];
  const open = flags.filter((f) => f.status === 'open');
  const evidence = useFreshEvidence(open);

  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'error') return <Notice tone="error" title={t('misread.queue.loadFailed')} />;
  const { storage } = state;
  const labelled = flags.filter((f) => f.status === 'labelled').length;
  const dismissed = flags.filter((f) => f.status === 'dismissed').length;
  const reviewed = async (verdict: Parameters<FlagsStorage['review']>[1], message: 'saved' | 'dismissed', id: string) => {
    const updated = await storage.review(id, verdict, now());
    setState({ ...state, flags: state.flags.map((f) => (f.id === updated.id ? updated : f)) });
    setSaid(message);
    heading.current?.focus();
  };
  const reopen = (id: string) => {
    setFailed(false);
    storage.reopen(id).then(
      (updated) => {
        setState({ ...state, flags: state.flags.map((f) => (f.id === updated.id ? updated : f)) });
        setSaid('reopened');
        heading.current?.focus();
      },
      () => setFailed(true),
    );
  };
  const download = () => downloadText(`defuse-org-set-${now().toISOString().slice(0, 10)}.jsonl`, labelledSetJsonl(flags), 'application/x-ndjson');

  return (
    <section className="misread-queue" aria-labelledby="misread-title">
      <h2 id="misread-title" tabIndex={-1} ref={heading}>
        {t('misread.queue.title')} <span className="count">{t('misread.queue.openCount', { count: open.length })}</span>
      </h2>
      <p className="lead">{t('misread.queue.intro')}</p>
      <p className="visually-hidden" role="status">
        {said ? t(`misread.queue.${said}`) : ''}
      </p>
      {failed && <Notice tone="error" title={t('misread.queue.saveFailed')} />}
      {state.refused > 0 && <Notice tone="error" title={t('misread.queue.refused', { count: state.refused })} />}
      {open.length === 0 ? (
        <p className="card empty">{t('misread.queue.empty')}</p>
      ) : (
        <ol className="flag-list">
          {open.map((f) => (
            <FlagReview
              key={f.id}
              flag={f}
              evidence={evidence.get(f.id) ?? []}
              scenarioTitle={scenarioTitle(f.scenarioId)}
              date={date(f.createdAt)}
              onLabel={(label) => reviewed({ status: 'labelled', label: { ...label, by: reviewer, at: now().toISOString() } }, 'saved', f.id)}
              onDismiss={() => reviewed({ status: 'dismissed' }, 'dismissed', f.id)}
            />
          ))}
        </ol>
      )}
      <ReviewedList flags={flags.filter((f) => f.status !== 'open')} scenarioTitle={scenarioTitle} onReopen={reopen} />
      <section className="card labelled-set" aria-labelledby="labelled-set-title">
        <h3 id="labelled-set-title">{t('misread.queue.set')}</h3>
        <p>{t('misread.queue.setIntro', { labelled, dismissed })}</p>
        <button type="button" className="button primary" disabled={labelled === 0} aria-describedby={labelled === 0 ? 'labelled-set-empty' : undefined} onClick={download}>
          {t('misread.queue.download')}
        </button>
        {labelled === 0 && (
          <p id="labelled-set-empty" className="hint">
            {t('misread.queue.downloadEmpty')}
          </p>
        )}
      </section>
    </section>
  );
}
