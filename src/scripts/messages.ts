/**
 * A client script's words: the `data-messages` JSON an element carries (src/i18n/client.ts),
 * as a translator over the same code the build uses, in the language of the nearest `lang`.
 */
import { createTranslator, type Translator } from '../lib/shared/i18n.ts';

export function messagesOf(el: HTMLElement): Translator {
  const locale = el.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const messages = JSON.parse(el.dataset['messages'] ?? '{}') as Record<string, string>;
  return createTranslator(locale.split('-')[0] ?? locale, [{ locale, messages }]);
}
