// A reaction's condition in the UI language, for the graph's text version and tooltips: moves named as the
// drill names them (drill.moves.*), signals and flags as sentences, numbers in words ("hostility below 65").
// Facts by their label in the UI language (the scenario's own words), through `factName`.
import type { TFunction } from 'i18next';
import type { Condition } from '../../../domain/scenario/scenario.types.ts';

type YesNo = 'forbidden' | 'feelingsAcknowledged' | 'understood' | 'offered' | 'solutionAccepted' | 'objectionsOpen';
const YES_NO: readonly YesNo[] = ['forbidden', 'feelingsAcknowledged', 'understood', 'offered', 'solutionAccepted', 'objectionsOpen'];
const ACTS = ['anyActs', 'allActs', 'noActs', 'everActs', 'neverActs'] as const;

export function describeCondition(when: Condition, t: TFunction, factName: (id: string) => string = (id) => id): string {
  const join = (items: readonly string[], how: 'and' | 'or' | 'list') => items.reduce((first, second) => (first ? t(`studio.graph.when.${how}`, { first, second }) : second), '');
  const parts: string[] = [];
  for (const key of ACTS) {
    const moves = when[key];
    if (moves) parts.push(t(`studio.graph.when.${key}`, { moves: join(moves.map((m) => t(`drill.moves.${m}`)), 'list') }));
  }
  if (when.signals) parts.push(t('studio.graph.when.signals', { signals: join(when.signals.map((s) => t(`studio.graph.signals.${s}`)), 'or') }));
  if (when.hostilityAtLeast !== undefined) parts.push(t('studio.graph.when.hostilityAtLeast', { value: when.hostilityAtLeast }));
  if (when.hostilityBelow !== undefined) parts.push(t('studio.graph.when.hostilityBelow', { value: when.hostilityBelow }));
  if (when.factsKnown) parts.push(t('studio.graph.when.factsKnown', { facts: join(when.factsKnown.map(factName), 'list') }));
  if (when.minFactsKnown !== undefined) parts.push(t('studio.graph.when.minFactsKnown', { value: when.minFactsKnown }));
  if (when.turnAtLeast !== undefined) parts.push(t('studio.graph.when.turnAtLeast', { value: when.turnAtLeast }));
  for (const key of YES_NO) {
    const value = when[key];
    if (value !== undefined) parts.push(t(`studio.graph.when.${key}${value ? 'Yes' : 'No'}`));
  }
  return parts.length > 0 ? join(parts, 'and') : t('studio.graph.when.always');
}
