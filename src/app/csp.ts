// Imported first by main.tsx: zod's fast path compiles validators with `new Function`, which a strict
// Content-Security-Policy forbids (and reports even when zod catches the failure). Jitless: no eval.
import { z } from 'zod';

z.config({ jitless: true });
