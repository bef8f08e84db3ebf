/**
 * The nonce the built app's Content-Security-Policy allows for <style> elements (scripts/csp.ts). The app
 * is static, so it is fixed at build time: it admits the editor's own styles, not injected script (no
 * script-src nonce exists, and inline scripts stay blocked).
 */
export const CSP_NONCE = 'defuse-styles-5c1e0b7a';
