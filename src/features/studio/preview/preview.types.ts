import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Scenario, SimState } from '../../../domain/scenario/scenario.types.ts';

/**
 * The drill's conversation view, controlled: the studio owns the simulation and passes it in. The app
 * composes it from the drill's pieces (features never import each other), so preview is the real view.
 */
export interface PreviewViewProps {
  scenario: Scenario;
  sim: SimState;
  locale: Locale;
  onReply: (text: string) => void;
}
