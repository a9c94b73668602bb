/**
 * <pt-cite>: dates the citation the reader's today (the page says the build date without
 * JavaScript) and shows a button that copies the citation in one click. Where the clipboard
 * is not available, it selects the text and says how to copy it.
 */
import { formatDayIn } from '../lib/shared/format.ts';
import { messagesOf } from './messages.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

class PtCite extends HTMLElement {
  connectedCallback(): void {
    const t = messagesOf(this);
    const access = this.querySelector<HTMLElement>('[data-access-date]');
    if (access) {
      const today = new Date();
      access.dataset['accessDate'] =
        `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
      access.textContent = t('cite.accessed', {
        date: formatDayIn(today.getTime(), undefined, t.locale),
      });
    }
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy());
    }
  }

  async #copy(): Promise<void> {
    const text = this.querySelector<HTMLElement>('.cite__text');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!text || !status) return;
    const t = messagesOf(this);
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      status.textContent = t('cite.copied');
    } catch {
      getSelection()?.selectAllChildren(text);
      status.textContent = t('cite.copyFailed');
    }
  }
}

if (!customElements.get('pt-cite')) customElements.define('pt-cite', PtCite);
