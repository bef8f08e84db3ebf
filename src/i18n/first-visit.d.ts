/** A locale file without the sections deferred to lazy routes (scripts/locale-first-visit.ts). */
declare module '*.json?first-visit' {
  const strings: Record<string, unknown>;
  export default strings;
}
