import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SyncStatus } from '../features/sync/SyncStatus.tsx';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { LmsExitButton } from './LmsExitButton.tsx';
import { TrainerEntry } from './TrainerEntry.tsx';

interface Props {
  language: Language;
  trainee: string | null;
  onLanguage: (language: Language) => void;
  onChangeTrainee: () => void;
}

/** The trainee's header: who is practising, the language, a quiet sync indicator, and one way to the trainer tools. */
export function AppHeader({ language, trainee, onLanguage, onChangeTrainee }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="16" cy="16" r="15" />
          <path d="M9 19q7 5 14 0" />
        </svg>
        <span className="brand-name">{t('common.appName')}</span>
        <span className="brand-tagline">{t('common.tagline')}</span>
      </a>
      <nav className="header-tools" aria-label={t('common.toolsLabel')}>
        {trainee && (
          <div className="trainee-chip">
            <span className="trainee-chip-label">{t('common.trainee.signedInAs')}</span>
            <strong>{trainee}</strong>
            <button type="button" className="button small link" onClick={onChangeTrainee}>
              {t('common.trainee.change')}
            </button>
          </div>
        )}
        <SyncStatus />
        <LmsExitButton />
        <TrainerEntry />
        <LanguageSwitch
          label={t('common.language')}
          value={language}
          // Each language is named in itself (the same text in every locale file).
          options={LANGUAGES.map((l) => ({ value: l, label: t(`common.languageNames.${l}`) }))}
          onChange={(v) => onLanguage(v as Language)}
        />
      </nav>
    </header>
  );
}
