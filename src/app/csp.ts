// Imported first by main.tsx: zod's fast path compiles validators with `new Function`, which a strict
// Content-Security-Policy forbids (and reports even when zod catches the failure). Jitless: no eval.
// Only zod's small config module is loaded here; the schemas stay in their lazy chunks.
import { config } from 'zod/v4/core';

config({ jitless: true });
