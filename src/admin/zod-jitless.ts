/**
 * Zod compiles object schemas with `new Function` when it can, and finds out whether it can by
 * trying: under the editor's Content Security Policy (no 'unsafe-eval') that try is reported as
 * a violation. Turning compilation off before any schema is built avoids the try. Imported
 * first by main.ts, so it runs before src/lib/schema.ts.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
