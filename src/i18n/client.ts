/**
 * Words for client scripts: one `data-messages` attribute holding, as JSON, the raw messages
 * (placeholders kept, plural forms included) of the few keys a script needs, in the page's
 * language. On widget pages, which switch language in the browser, each other widget language
 * adds a `data-messages-<lang>` attribute that the widget's script swaps in.
 *
 * In the browser, `messagesOf(element)` (src/scripts/messages.ts) turns it into a translator
 * with the same code the build uses (src/lib/shared/i18n.ts).
 */
import type { TKey } from './en.ts';
import type { T } from './index.ts';

/**
 * The JSON of a translator's messages for these keys, made once per key list and language: a
 * component asks for the same few keys on every page of a large build.
 */
const made = new Map<string, WeakMap<T, string>>();
function messagesJson(t: T, keys: readonly TKey[]): string {
  const id = keys.join(' ');
  let byT = made.get(id);
  if (!byT) made.set(id, (byT = new WeakMap()));
  let json = byT.get(t);
  if (json === undefined) byT.set(t, (json = JSON.stringify(t.pick(keys))));
  return json;
}

/** The attributes to spread on a client script's element: `<pt-search {...messagesAttrs(Astro.locals, KEYS)}>`. */
export function messagesAttrs(
  locals: Pick<App.Locals, 't' | 'alsoIn'>,
  keys: readonly TKey[],
): Record<string, string> {
  const attrs: Record<string, string> = {
    'data-messages': messagesJson(locals.t, keys),
  };
  for (const other of locals.alsoIn)
    attrs[`data-messages-${other.lang}`] = messagesJson(other, keys);
  return attrs;
}
