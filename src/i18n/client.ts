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

/** The attributes to spread on a client script's element: `<pt-search {...messagesAttrs(Astro.locals, KEYS)}>`. */
export function messagesAttrs(
  locals: Pick<App.Locals, 't' | 'alsoIn'>,
  keys: readonly TKey[],
): Record<string, string> {
  const attrs: Record<string, string> = {
    'data-messages': JSON.stringify(locals.t.pick(keys)),
  };
  for (const other of locals.alsoIn)
    attrs[`data-messages-${other.lang}`] = JSON.stringify(other.pick(keys));
  return attrs;
}
