import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "End drill" asks once before ending, so a stray click never throws away a conversation. */
export function EndDrillButton({ disabled, onEnd }: { disabled: boolean; onEnd: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button subtle" onClick={() => setAsking(true)} disabled={disabled}>
        {t('drill.endEarly')}
      </button>
    );
  }
  return (
    <div className="end-confirm" role="group" aria-label={t('drill.endConfirm.question')}>
      <p>{t('drill.endConfirm.question')}</p>
      <div className="actions">
        <button type="button" className="button primary small" onClick={onEnd} autoFocus>
          {t('drill.endConfirm.yes')}
        </button>
        <button type="button" className="button small" onClick={() => setAsking(false)}>
          {t('drill.endConfirm.no')}
        </button>
      </div>
    </div>
  );
}
