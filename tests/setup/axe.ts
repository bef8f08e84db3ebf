// axe in component tests (jsdom): structural rules only — colour contrast needs layout, which the
// real-browser suite checks. Serious and critical findings fail, and so does a skipped heading level
// (moderate for axe, but Lighthouse's accessibility score counts it and screen-reader users navigate by it).
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
