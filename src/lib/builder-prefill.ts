// A prefill link laid over the builder's form: the situation it carries (./link-prefill.ts) and the
// messages it asks for, what it changed and what it left out. Only the builder's reader needs it.
import { applySituation, formToSituation, kindsFor, type BuilderForm } from './builder-state';
import { prefillSituation } from './link-prefill';
import { kindsFromQuery } from './links';

/** Applies a prefill link: the whole situation (links.ts vocabulary) and `kinds=cancel,voicemail`. */
export function applyQuery(form: BuilderForm, search: string): BuilderForm {
  return prefillForm(form, search).form;
}

/**
 * The form with a prefill link laid over it, what the link changed (query names, plus `kinds`
 * when it changed the messages ticked), so the island can offer the saved details back, and what
 * it left out (`kinds` too for a message unknown or of the other side), so the island can say so.
 */
export function prefillForm(form: BuilderForm, search: string): { form: BuilderForm; changed: string[]; leftOut: string[] } {
  const params = new URLSearchParams(search);
  const prefill = prefillSituation(formToSituation(form), params);
  const listed = params.get('kinds');
  const kinds = kindsFromQuery(params);
  if (!prefill.applied && kinds.length === 0) return { form, changed: [], leftOut: isAnyKindLeftOut(listed, []) ? ['kinds'] : [] };
  const next = prefill.applied ? applySituation(form, prefill.situation) : { ...form };
  if (listed !== null) next.kinds = kinds.filter((kind) => kindsFor(next.who).includes(kind));
  const changed = [...prefill.changed];
  if (next.kinds.join(',') !== form.kinds.join(',')) changed.push('kinds');
  return { form: next, changed, leftOut: isAnyKindLeftOut(listed, next.kinds) ? [...prefill.leftOut, 'kinds'] : prefill.leftOut };
}

/** Whether a link listed a message that is not ticked now: unknown, or for the other side. */
const isAnyKindLeftOut = (listed: string | null, ticked: readonly string[]): boolean =>
  listed !== null && listed.split(',').some((kind) => kind.trim() !== '' && !ticked.includes(kind.trim()));
