import { useTranslation } from 'react-i18next';
import { useOrg } from './org-config.ts';

/** One line under the header: the organisation this deployment belongs to, or "practice on this device". */
export function OrgStatus() {
  const { t } = useTranslation();
  const org = useOrg();
  // An empty line of the same height while the organisation file loads: the screen below stays put.
  if (org.status === 'loading') return <p className="org-status" aria-hidden="true" />;
  if (org.status === 'ready') return <p className="org-status">{t('org.practice.organisation', { organisation: org.config.organisation.name })}</p>;
  return (
    <p className="org-status">
      <strong>{t('org.practice.label')}</strong> <span className="meta">{t('org.practice.hint')}</span>
    </p>
  );
}
