// @ts-check
// How fast the pure TypeScript runs: decide() and the message generator, on a fixed, seeded set
// of situations and a fixed clock. src/lib imports omit extensions, so Vite loads it, as Astro does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { median } from './report.mjs';

/** Monday 14 December 2026, 09:30 UTC: the clock every call sees. */
export const FIXED_NOW = Date.UTC(2026, 11, 14, 9, 30);
const SEED = 20261214;
const COUNT = 1000;

const ZONES = ['Europe/London', 'America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'Asia/Tokyo', 'America/Sao_Paulo', 'Africa/Lagos', 'UTC'];
const CANDIDATE_WISHES = ['cancel', 'reschedule', 'decline', 'withdraw'];
const EMPLOYER_WISHES = ['withdraw-invitation', 'cancel-interview', 'move-interview'];
const CANDIDATE_REASONS = [undefined, 'other-offer', 'not-a-fit', 'emergency', 'illness', 'schedule-conflict', 'unsure'];
const EMPLOYER_REASONS = [undefined, 'role-on-hold', 'role-filled', 'role-changed', 'interviewer-unavailable'];
const STAGES = ['invited', 'scheduled', 'between-rounds', 'missed'];
const NAMES = ['Sam Lee', 'Priya Natarajan', 'José Álvarez', 'Aoife Byrne', 'Chen Wei', ''];
const COMPANIES = ['Northwind', 'Acme Ltd', 'Bright Futures Ltd', 'Globex', ''];
const POSITIONS = ['Data Analyst', 'Senior Backend Engineer', 'Nurse Practitioner', 'Store Manager', ''];

/** mulberry32: a tiny seeded generator, so every run benches the same inputs. */
function seeded(/** @type {number} */ seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An instant as the date and time a person would type in a zone. */
function wallTime(/** @type {number} */ instant, /** @type {string} */ zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}`, zone };
}

/** 1,000 situations: both sides, every wish and stage, from 6 hours ago to 12 days ahead, some half-typed. */
export function situations(count = COUNT, seed = SEED) {
  const random = seeded(seed);
  const pick = (/** @type {any[]} */ list) => list[Math.floor(random() * list.length)];
  const list = [];
  for (let index = 0; index < count; index += 1) {
    const isEmployer = random() < 0.25;
    const zone = pick(ZONES);
    // Quarter hours from 6 h before the clock to 12 days after it, denser near the deadline.
    const hoursAhead = -6 + Math.pow(random(), 2) * (12 * 24 + 6);
    const instant = FIXED_NOW + Math.round((hoursAhead * 60) / 15) * 15 * 60_000;
    const interview = wallTime(instant, zone);
    // About one in twenty is still being typed: the engine's problem paths run too.
    if (random() < 0.05) interview.time = '';
    list.push({
      who: isEmployer ? 'employer' : 'candidate',
      stage: hoursAhead < 0 && random() < 0.5 ? 'missed' : pick(STAGES.slice(0, 3)),
      wish: pick(isEmployer ? EMPLOYER_WISHES : CANDIDATE_WISHES),
      reason: pick(isEmployer ? EMPLOYER_REASONS : CANDIDATE_REASONS),
      interview,
      personZone: random() < 0.5 ? '' : pick(ZONES),
      contacts: { phone: random() < 0.8, email: random() < 0.9 },
      people: { recruiter: random() < 0.5, agency: random() < 0.2, hiringManager: random() < 0.3, panel: random() < 0.2 },
      // Fields the message builder would hold for the same person.
      fields: {
        yourName: pick(NAMES),
        recipientName: pick(NAMES),
        company: pick(COMPANIES),
        position: pick(POSITIONS),
        interview,
        yourZone: random() < 0.5 ? '' : pick(ZONES),
        tone: random() < 0.6 ? 'warm' : 'formal',
        keepDoorOpen: random() < 0.8,
        proposedTimes: random() < 0.3 ? [wallTime(instant + 2 * 86_400_000, zone), wallTime(instant + 3 * 86_400_000, zone)].map(({ date, time }) => ({ date, time })) : [],
      },
    });
  }
  return list;
}

/**
 * Calls per second of `call(i)`, with i running round the fixed set: 300 ms of warm-up, then
 * five samples of 400 ms; the median sample is the figure. Time-boxed, so a slow function costs
 * seconds, not minutes, and a fast one still runs through the whole set many times.
 * @param {(index: number) => unknown} call
 * @param {number} n
 */
function callsPerSecond(call, n) {
  let index = 0;
  const runFor = (/** @type {number} */ budgetMs) => {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      // Look at the clock every 10 calls: cheap for fast functions, close enough for slow ones.
      for (let batch = 0; batch < 10; batch += 1) {
        call(index);
        index = (index + 1) % n;
      }
      calls += 10;
      elapsed = performance.now() - started;
    } while (elapsed < budgetMs);
    return (calls / elapsed) * 1000;
  };
  runFor(300);
  return /** @type {number} */ (median([runFor(400), runFor(400), runFor(400), runFor(400), runFor(400)]));
}

/** @param {string} root the project folder */
export async function benchEngine(root) {
  const nodeEnv = process.env['NODE_ENV'];
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const inputs = situations();
    const bare = inputs.map(({ fields, ...situation }) => situation);
    /** @type {Record<string, any>} */
    const result = { clock: new Date(FIXED_NOW).toISOString(), situations: inputs.length, seed: SEED, notes: [] };

    const { decide } = await server.ssrLoadModule('/src/lib/advice/decide.ts');
    const outcomes = bare.map((situation) => decide(situation, FIXED_NOW));
    result.decide = {
      callsPerSecond: callsPerSecond((index) => decide(bare[index], FIXED_NOW), bare.length),
      advised: outcomes.filter((outcome) => outcome.ok).length,
      problems: outcomes.filter((outcome) => !outcome.ok).length,
    };

    if (!existsSync(join(root, 'src/lib/templates/index.ts'))) {
      result.notes.push('src/lib/templates/index.ts not found: message generator not measured.');
      return result;
    }
    const templates = await server.ssrLoadModule('/src/lib/templates/index.ts');
    const { MESSAGE_KINDS } = await server.ssrLoadModule('/src/lib/types.ts');
    const kinds = /** @type {string[]} */ (MESSAGE_KINDS);
    // Candidates write candidate messages, employers employer ones; the wish travels with the fields.
    const perSide = {
      candidate: kinds.filter((kind) => !kind.startsWith('employer-')),
      employer: kinds.filter((kind) => kind.startsWith('employer-')),
    };
    const messageInputs = inputs.map((input, index) => {
      const side = perSide[/** @type {'candidate' | 'employer'} */ (input.who)];
      return {
        kind: side[index % side.length],
        kinds: side,
        fields: { ...input.fields, wish: input.wish, ...(input.reason ? { reason: input.reason } : {}) },
      };
    });
    if (typeof templates.compose === 'function') {
      result.compose = {
        callsPerSecond: callsPerSecond((index) => templates.compose(messageInputs[index]?.kind, messageInputs[index]?.fields), messageInputs.length),
      };
    } else result.notes.push('templates/index.ts has no compose(): not measured.');
    if (typeof templates.composeAll === 'function') {
      const messagesPerCall = messageInputs.reduce((sum, input) => sum + input.kinds.length, 0) / messageInputs.length;
      const perSecond = callsPerSecond((index) => templates.composeAll(messageInputs[index]?.kinds, messageInputs[index]?.fields), messageInputs.length);
      result.composeAll = { callsPerSecond: perSecond, messagesPerCall, messagesPerSecond: perSecond * messagesPerCall };
    } else result.notes.push('templates/index.ts has no composeAll(): not measured.');
    return result;
  } finally {
    await server.close();
    // createServer set NODE_ENV=development for this whole process; put it back.
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}
