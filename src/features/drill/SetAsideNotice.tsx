// A drill in progress that could not be resumed (its stored record damaged, or its scenario changed since) is kept aside, never deleted unasked:
// the drill page says so, naming the scenario, offers the record as it was stored (JSON) and then to discard it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { downloadText } from '../../components/download-text.ts';
import type { DrillStorage, SetAsideDrill } from '../../storage/drill-storage.ts';
import { SCENARIO_CHANGED, summarizeSetAside } from './set-aside-reason.ts';

interface Props {
  drills: readonly SetAsideDrill[];
  /** The scenario's title in the UI language. */
  title: string;
  storage: DrillStorage;
}

/** The file downloaded: everything kept about the drill (the stored record, its unsent draft, why it was refused). */
export const setAsideFileName = (drill: SetAsideDrill) => `defuse-unfinished-drill-${drill.scenarioId}-${drill.setAsideAt.slice(0, 10)}.json`;

export function SetAsideNotices({ drills, title, storage }: Props) {
  const { t } = useTranslation();
  // The field at fault and a summary in the UI language; the schema's own (English) message stays in the download.
  const detailOf = (reason: string) => {
    const { reason: key, field } = summarizeSetAside(reason);
    return t(`drill.setAside.reason.${key}`, { field });
  };
  const [discarded, setDiscarded] = useState<readonly number[]>([]);
  const shown = drills.filter((d) => !discarded.includes(d.id));
  // Once one is discarded, focus goes to a line saying so (not lost to the page's body, which a keyboard user would
  // have to tab back from).
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (discarded.length > 0) done.current?.focus();
  }, [discarded.length]);
  if (shown.length === 0) {
    return discarded.length === 0 ? null : (
      <div className="page resumed">
        <p ref={done} tabIndex={-1} role="status">
          {t('drill.setAside.discarded')}
        </p>
      </div>
    );
  }
  return (
    <div className="page resumed">
      {shown.map((drill) => (
        <Notice key={drill.id} tone="error" title={t('drill.setAside.title', { title })}>
          <p>{t(drill.reason === SCENARIO_CHANGED ? 'drill.setAside.textChanged' : 'drill.setAside.text')}</p>
          <p className="detail">{t('common.storage.detail', { detail: detailOf(drill.reason) })}</p>
          <div className="actions">
            <button
              type="button"
              className="button small"
              onClick={() => downloadText(setAsideFileName(drill), `${JSON.stringify(drill, null, 2)}\n`)}
            >
              {t('drill.setAside.download')}
            </button>
            <button
              type="button"
              className="button small"
              // Failures are reported by storage (the banner); the record then stays, and so does this notice.
              onClick={() => void storage.discardSetAside(drill.id).then(() => setDiscarded((ids) => [...ids, drill.id]), () => undefined)}
            >
              {t('drill.setAside.discard')}
            </button>
          </div>
        </Notice>
      ))}
    </div>
  );
}
