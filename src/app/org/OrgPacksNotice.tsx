import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { loadOrgScenarios, useOrgPacks } from './org-packs.ts';

/** For trainers: how many scenarios the organisation's packs give every trainee, and any pack left out and why. */
export function OrgPacksNotice() {
  const { t } = useTranslation();
  const packs = useOrgPacks();
  useEffect(() => void loadOrgScenarios(), []);
  if (packs.status !== 'loaded') return null;
  return (
    <>
      <p className="org-packs">{t('org.packs.loaded', { count: packs.scenarios })}</p>
      {packs.problems.length > 0 && (
        <Notice tone="error" title={t('org.packs.problemsTitle')}>
          <ul>
            {packs.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
}
