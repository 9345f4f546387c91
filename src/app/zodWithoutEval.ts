/**
 * Imported first by src/main.tsx, before any module that parses with zod: the production build's
 * Content-Security-Policy allows no eval (vite.config.ts, `script-src 'self'`), and zod 4 would
 * otherwise probe for it with `new Function('')` on its first parse, which the browser reports as a
 * violation. Without JIT zod parses the same, a little slower.
 */
import { z } from 'zod';

z.config({ jitless: true });
