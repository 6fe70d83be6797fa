// zod for src/lib, set up once. It is Zod 4's "mini" build, with functions in place of methods
// (z.optional(s) for s.optional()), because src/lib runs in the islands: the same schemas cost
// about a fifth of the bytes of the classic build. Zod probes `new Function` to compile fast
// parsers; under our Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
// violation, so we ask for its eval-free mode. Import `z` from here, not from 'zod'.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
