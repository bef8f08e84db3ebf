// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { installFastLabels, jsdomGetters } from './fast-labels.ts';

beforeAll(installFastLabels);

// Every way a label can name (or fail to name) a control, including the traps: a duplicated id, a `for`
// that names something unlabelable or nothing, a wrapping label whose `for` points elsewhere, a hidden input.
const PAGE = `
  <label id="l1" for="a">A</label><input id="a">
  <label id="l2">Wrapped <input id="b"> and <select id="c"></select></label>
  <label id="l3" for="c">C again</label>
  <label id="l4" for="d">Names the first d</label><textarea id="d"></textarea><input id="d">
  <label id="l5" for="e">Names a div</label><div id="e"><input id="f"></div>
  <label id="l6" for="">Empty for</label>
  <label id="l7" for="missing">Nothing</label>
  <label id="l8" for="a">Wraps g but names a <input id="g"></label>
  <label id="l9">Hidden first <input type="hidden" id="h"><button id="i">B</button></label>
  <label id="l10" for="b">B by id too</label>
  <meter id="m"></meter><label for="m" id="l11">Meter</label><output id="o"></output><progress id="p"></progress>`;

const ids = (list: ArrayLike<Element> | null) => (list ? Array.from(list, (el) => el.id) : null);

describe('fast labels: the same answers as jsdom, without its quadratic walk', () => {
  it('finds each control’s labels, in tree order, as jsdom does', () => {
    document.body.innerHTML = PAGE;
    const controls = [...document.querySelectorAll<HTMLInputElement>('input, select, textarea, button, meter, output, progress')];
    expect(controls.length).toBeGreaterThan(10);
    for (const el of controls) {
      const jsdom = jsdomGetters.labels.get(Object.getPrototypeOf(el) as object)!.call(el) as NodeListOf<HTMLLabelElement> | null;
      expect({ id: el.id, labels: ids(el.labels) }).toEqual({ id: el.id, labels: ids(jsdom) });
    }
    // Spot checks that the comparison is not of two empty answers.
    expect(ids((document.querySelector('#a') as HTMLInputElement).labels)).toEqual(['l1', 'l8']);
    expect(ids((document.querySelector('#b') as HTMLInputElement).labels)).toEqual(['l2', 'l10']);
    expect(ids((document.querySelector('#g') as HTMLInputElement).labels)).toEqual([]);
  });

  it('finds each label’s control as jsdom does', () => {
    document.body.innerHTML = PAGE;
    for (const label of document.querySelectorAll('label')) {
      expect({ label: label.id, control: label.control?.id ?? null }).toEqual({ label: label.id, control: (jsdomGetters.control.call(label) as HTMLElement | null)?.id ?? null });
    }
    expect((document.getElementById('l9') as HTMLLabelElement).control?.id).toBe('i');
  });

  it('sees labels added and removed after the first question', () => {
    document.body.innerHTML = '<input id="x">';
    const x = document.getElementById('x') as HTMLInputElement;
    expect(ids(x.labels)).toEqual([]);
    const label = Object.assign(document.createElement('label'), { htmlFor: 'x', id: 'lx' });
    document.body.append(label);
    expect(ids(x.labels)).toEqual(['lx']);
    label.remove();
    expect(ids(x.labels)).toEqual([]);
  });

  it('leaves a detached tree to jsdom', () => {
    const div = document.createElement('div');
    div.innerHTML = '<label id="ly">Y <input id="y"></label>';
    const y = div.querySelector('input')!;
    expect(ids(y.labels)).toEqual(['ly']);
    expect(y.labels).toBeInstanceOf(NodeList);
  });
});
