// zod for src/lib, set up once. Zod 4 probes `new Function` to compile fast parsers; under our
// Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation, so we ask
// for its eval-free mode. Import `z` from here, not from 'astro/zod'.
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
