/**
 * Shows why an entry was not saved: the validator's problems, in the words `npm run validate`
 * uses, in a dialog of the page's own (the editor itself only says that saving failed).
 */
import type { Problem } from '../lib/validate.ts';

let dialog: HTMLDialogElement | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Opens (or refreshes) the dialog listing the problems; it goes above the editor's own message. */
export function showProblems(problems: readonly Problem[]): void {
  dialog?.remove();
  dialog = element('dialog');
  dialog.setAttribute('aria-labelledby', 'pt-problems-title');
  dialog.dataset['policyTimeline'] = 'problems';
  Object.assign(dialog.style, {
    maxWidth: '44rem',
    font: '16px/1.45 system-ui, sans-serif',
    padding: '1.25rem 1.5rem',
    border: '2px solid #b3261e',
    borderRadius: '8px',
  });
  const title = element(
    'h2',
    `Not saved: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`} to correct first`,
  );
  title.id = 'pt-problems-title';
  Object.assign(title.style, { margin: '0 0 0.75rem', fontSize: '1.2rem' });
  const list = element('ul');
  Object.assign(list.style, { paddingLeft: '1.2rem', margin: '0 0 0.75rem' });
  for (const p of problems) {
    const item = element('li');
    item.style.marginBottom = '0.6rem';
    const where = element('strong', p.field || 'the file');
    item.append(where);
    if (p.value === '(missing)') item.append(element('span', ' (empty)'));
    else if (p.value !== undefined) item.append(element('span', ` (now: ${p.value})`));
    item.append(element('br'), element('span', `${p.message}.`));
    if (p.fix) item.append(element('br'), element('span', `To fix: ${p.fix}.`));
    list.append(item);
  }
  const note = element(
    'p',
    'Nothing was written. Correct the fields above and save again. (The editor also shows its own “error while saving” message: close it too.)',
  );
  note.style.margin = '0 0 1rem';
  const close = element('button', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => dialog?.close());
  dialog.append(title, list, note, close);
  document.body.append(dialog);
  // After the editor has opened its own message, so this one is on top.
  window.setTimeout(() => {
    if (dialog && !dialog.open) dialog.showModal();
  }, 50);
}
