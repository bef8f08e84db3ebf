// axe in component tests (jsdom): structural rules only — colour contrast needs layout, which the
// real-browser suite checks. Serious and critical findings fail, and so does a skipped heading level
// (moderate for axe, but Lighthouse's accessibility score counts it and screen-reader users navigate by it).
// Only violations are asked for (resultTypes): axe still runs every rule on every element, but builds a
// CSS selector for one node of each passing rule instead of for every node, which in jsdom (each selector
// checked for uniqueness with querySelectorAll) was about half of axe's time on the studio's forms.
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    resultTypes: ['violations'],
  });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
