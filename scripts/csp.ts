// The built app's Content-Security-Policy, as a meta tag (a static app has no server headers to rely on;
// README "Content-Security-Policy" gives the header to set when a server serves it). Build only: the dev
// server injects inline scripts and styles for hot reloading.
//
// No inline scripts and no eval (zod runs jitless, src/app/csp.ts); styles from files, and the <style>
// elements CodeMirror mounts carry CSP_NONCE (EditorView.cspNonce). React's and framer-motion's style
// properties are set through the DOM, which style-src does not govern. connect-src allows any http(s)
// origin: the learning record store is wherever the organisation runs it.
import type { Plugin } from 'vite';
import { CSP_NONCE } from '../src/components/csp-nonce.ts';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'nonce-${CSP_NONCE}'`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'defuse-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}
