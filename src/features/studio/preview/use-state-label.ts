import { useTranslation } from 'react-i18next';
import { languageOr } from '../../../i18n/languages.ts';
import { isEndState } from '../../../domain/scenario/end-states.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';

/**
 * A state as an author reads it: its description in the UI language (an end state's outcome name), with
 * the JSON's id after it — "Mr Chan is venting: he needs to be heard first. (venting)", not "venting".
 */
export function useStateLabel(scenario: Scenario | null): (id: string) => string {
  const { t, i18n } = useTranslation();
  const lang = languageOr(i18n.language);
  return (id) => {
    // A description speaks of the customer as {name}: the persona as written, never the placeholder.
    const name = isEndState(id) ? t(`scorecards.outcome.${id}`) : scenario?.states[id]?.description[lang]?.replaceAll('{name}', scenario.persona.name[lang]);
    return name ? t('studio.preview.stateLabel', { name, id }) : id;
  };
}
