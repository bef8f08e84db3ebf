// jsdom finds a form control's labels by walking the whole document, and for each label it meets walks the
// document again to find the element its `for` names: quadratic in the page's size. The studio's story tab
// has hundreds of labelled fields, so each `getByLabelText` or `getByRole(…, { name })` there cost seconds
// (most of the slowest component test). Browsers keep an id map; this gives jsdom the same answer the
// same way — the spec's rules, with getElementById — and leaves detached trees to jsdom's own walk.

const LABELABLE = 'button, meter, output, progress, select, textarea, input:not([type="hidden" i])';

/** The elements `labels` is defined on. */
const OWNERS = [HTMLButtonElement, HTMLInputElement, HTMLMeterElement, HTMLOutputElement, HTMLProgressElement, HTMLSelectElement, HTMLTextAreaElement];

const labelable = (el: Element | null): el is HTMLElement => el !== null && el.matches(LABELABLE);

/** HTMLLabelElement.control: the element `for` names if labelable, else the first labelable descendant. */
function control(label: HTMLLabelElement): HTMLElement | null {
  const target = label.getAttribute('for');
  if (target === null) return label.querySelector<HTMLElement>(LABELABLE);
  if (target === '') return null;
  const el = label.ownerDocument.getElementById(target);
  return labelable(el) ? el : null;
}

const itemOf = HTMLCollection.prototype.item;
const lengthOf = Object.getOwnPropertyDescriptor(HTMLCollection.prototype, 'length')!.get!;
const labelsIn = new WeakMap<Document, HTMLCollectionOf<HTMLLabelElement>>();

/** The labels whose control is `el`, in tree order: those naming its id, and wrapping ones without `for`. */
function labelsOf(el: HTMLElement): HTMLLabelElement[] {
  const doc = el.ownerDocument;
  const found = new Set<HTMLLabelElement>();
  if (el.id !== '' && doc.getElementById(el.id) === el) {
    // One live collection per document: jsdom walks the tree again only after the DOM has changed. Read
    // through the prototype: on the collection itself, every property (even `item`) is first looked up as
    // an element id by jsdom's proxy, a scan of the whole list.
    const all = labelsIn.get(doc) ?? labelsIn.set(doc, doc.getElementsByTagName('label')).get(doc)!;
    for (let i = 0, n = lengthOf.call(all) as number; i < n; i++) {
      const label = itemOf.call(all, i) as HTMLLabelElement;
      if (label.getAttribute('for') === el.id) found.add(label);
    }
  }
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (up instanceof HTMLLabelElement && !up.hasAttribute('for') && control(up) === el) found.add(up);
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** In the document itself (not detached, not in a shadow tree, where ids are looked up elsewhere). */
const inDocument = (el: Element) => el.getRootNode() === el.ownerDocument;

/** jsdom's own getters, for what the fast path leaves alone (and for comparing the two). */
export const jsdomGetters = {
  control: Object.getOwnPropertyDescriptor(HTMLLabelElement.prototype, 'control')!.get!,
  labels: new Map<object, () => unknown>(OWNERS.map((Owner) => [Owner.prototype, Object.getOwnPropertyDescriptor(Owner.prototype, 'labels')!.get!])),
};

/** Installs the fast getters on jsdom's prototypes. */
export function installFastLabels() {
  Object.defineProperty(HTMLLabelElement.prototype, 'control', {
    configurable: true,
    get(this: HTMLLabelElement) {
      return inDocument(this) ? control(this) : (jsdomGetters.control.call(this) as HTMLElement | null);
    },
  });
  for (const [proto, jsdomLabels] of jsdomGetters.labels) {
    Object.defineProperty(proto, 'labels', {
      configurable: true,
      get(this: HTMLElement) {
        if (!inDocument(this) || !labelable(this)) return jsdomLabels.call(this) as NodeListOf<HTMLLabelElement> | null;
        return labelsOf(this);
      },
    });
  }
}
