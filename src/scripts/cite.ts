/**
 * <pt-cite>: dates the citation the reader's today (the page says the build date without
 * JavaScript) and shows a button that copies the citation in one click. Where the clipboard
 * is not available, it selects the text and says how to copy it.
 */
const pad = (n: number): string => String(n).padStart(2, '0');

class PtCite extends HTMLElement {
  connectedCallback(): void {
    const access = this.querySelector<HTMLElement>('[data-access-date]');
    const template = this.dataset['accessed'];
    if (access && template) {
      const today = new Date();
      access.dataset['accessDate'] =
        `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
      access.textContent = template.replace(
        '{date}',
        new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
          dateStyle: 'long',
        }).format(today),
      );
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
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      status.textContent = status.dataset['copied'] ?? '';
    } catch {
      getSelection()?.selectAllChildren(text);
      status.textContent = status.dataset['failed'] ?? '';
    }
  }
}

if (!customElements.get('pt-cite')) customElements.define('pt-cite', PtCite);
