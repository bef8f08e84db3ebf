// axe in component tests (jsdom): structural rules only — colour contrast needs layout, which the
// real-browser suite checks.
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
