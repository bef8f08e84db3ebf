// For the ui project, which runs its files one after another in one module graph per worker (isolate: false)
// so React, jsdom, i18next and the engine load once per worker, not once per file. What the modules keep
// between files is put back here, before each file's own imports run, to what a fresh graph would hold:
// every Zustand store at its initial state (and the org config and packs, loaded once per page, forgotten),
// empty web storage, the page as it first was (URL, title, lang, an empty body), every IndexedDB database
// empty. Files that mock a module (vi.mock) would leave the mock behind, so they run isolated instead (the
// ui-mocks project in vite.config.ts).
// The fake IndexedDB before anything loads Dexie, which reads the globals once (each test file imports it
// first too; shared, the first file's order would decide for all).
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import type * as Zustand from 'zustand';
import { resetOrgConfig } from '../../src/app/org/org-config.ts';
import { resetOrgPacks } from '../../src/app/org/org-packs.ts';

/** Each store's reset, kept on globalThis: this file runs again for every test file, the stores do not. */
const resets = vi.hoisted(() => {
  const slot = globalThis as { __defuseStoreResets?: Set<() => void> };
  return (slot.__defuseStoreResets ??= new Set<() => void>());
});

// Zustand's documented way to reset stores in tests: wrap `create` so each store can be put back.
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const track = <T>(store: Zustand.UseBoundStore<Zustand.StoreApi<T>>) => {
    resets.add(() => store.setState(store.getInitialState(), true));
    return store;
  };
  const create = (<T>(initializer?: Zustand.StateCreator<T, [], []>) =>
    initializer ? track(zustand.create<T>()(initializer)) : (later: Zustand.StateCreator<T, [], []>) => track(zustand.create<T>()(later))) as typeof zustand.create;
  return { ...zustand, create };
});

for (const reset of resets) reset();
// Stores whose module keeps a once-per-page load beside them.
resetOrgConfig();
resetOrgPacks();
// After the stores: a persisted store writes its reset state to storage.
if (typeof window !== 'undefined') {
  localStorage.clear();
  sessionStorage.clear();
  const first = ((globalThis as { __defuseFirstPage?: { url: string; title: string; root: [string, string][] } }).__defuseFirstPage ??= {
    url: location.href,
    title: document.title,
    root: [...document.documentElement.attributes].map((a) => [a.name, a.value]),
  });
  if (location.href !== first.url) history.replaceState(null, '', first.url);
  document.title = first.title;
  for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
  for (const [name, value] of first.root) document.documentElement.setAttribute(name, value);
  document.body.replaceChildren();
  for (const { name } of [...document.body.attributes]) document.body.removeAttribute(name);
}

/** Empties every object store of one database (without a version change, so open connections stay usable). */
function emptyDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error ?? new Error(`cannot open IndexedDB ${name}`));
    open.onsuccess = () => {
      const db = open.result;
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) return void (db.close(), resolve());
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => (db.close(), reject(tx.error ?? new Error(`cannot empty IndexedDB ${name}`)));
    };
  });
}
// The app's own database ('defuse') stays open in the storage singletons, so it is emptied, not deleted.
for (const { name } of await indexedDB.databases()) if (name) await emptyDatabase(name);
