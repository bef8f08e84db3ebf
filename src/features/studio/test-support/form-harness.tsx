// Test support for the studio's form components: one form rendered over a JSON text that its edits change
// (the way the editor applies them), so a test reads what a field wrote from the JSON itself.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { safeParseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { applied, type Edit } from '../editor/edit-doc.ts';

export type FormUnderTest = (props: { scenario: Scenario | null; readOnly: boolean; edit: (make: (text: string) => Edit[]) => void }) => ReactElement;

/** Renders `Form` over `text` (angry-resident by default); `json()` is the document as the form left it. */
export async function renderForm(Form: FormUnderTest, text = readFileSync('scenarios/angry-resident.json', 'utf8'), lng: Parameters<typeof setupI18n>[0] = 'en') {
  const i18n = await setupI18n(lng);
  let current = text;
  // While a new line is in one language of three the document does not parse: the form keeps the last
  // scenario that did, as the workspace does.
  let last: Scenario | null = null;
  function Harness() {
    const [doc, setDoc] = useState(text);
    const parsed = safeParseScenario(JSON.parse(doc));
    if (parsed.ok) last = parsed.scenario;
    const scenario = last;
    const edit = (make: (t: string) => Edit[]) =>
      setDoc((d) => {
        current = applied(d, make(d));
        return current;
      });
    return <Form scenario={scenario} readOnly={false} edit={edit} />;
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
  // jsdom loads no stylesheet, so user-event's pointer-events check (a computed-style walk up the tree on
  // every click) sees only inline styles, which these forms never set; skipped, it saves about a quarter
  // of a big form's test time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { user: userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never }), json: () => JSON.parse(current) as Record<string, any>, text: () => current };
}
