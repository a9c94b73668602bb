/**
 * A long list that many pages show alike but for the one item they mark as current (a link with
 * `aria-current="page"`), made once and reused: see src/components/ListOnce.astro.
 */

/** A list's items, rendered with no item current and with every item current. */
export interface ListItems {
  readonly plain: readonly string[];
  readonly marked: readonly string[];
}

/** Cuts a list's HTML into its items, each starting with `<li`. */
export function listItems(html: string): string[] {
  return html.split(/(?=<li[\s>])/).filter((s) => s !== '');
}

/**
 * The two renders of a list (`plain`: no item current, `marked`: every item current) as items,
 * or an error when they do not have the same items.
 */
export function pairItems(key: string, plainHtml: string, markedHtml: string): ListItems {
  const plain = listItems(plainHtml);
  const marked = listItems(markedHtml);
  if (plain.length !== marked.length)
    throw new Error(
      `ListOnce "${key}": the list's two renders have ${plain.length} and ${marked.length} items`,
    );
  return { plain, marked };
}

/** The list with item `current` marked (none when it is -1 or past the end). */
export function joinItems(items: ListItems, current: number): string {
  const { plain, marked } = items;
  if (current < 0 || current >= plain.length) return plain.join('');
  return plain.slice(0, current).join('') + marked[current] + plain.slice(current + 1).join('');
}

/** Made lists, by the data they are drawn from (gone with it), then by key. */
const made = new WeakMap<object, Map<string, Promise<ListItems>>>();

/** The list of `key` drawn from `source`, made by `make` the first time (once, also for pages rendered at once). */
export function listOnce(
  source: object,
  key: string,
  make: () => Promise<ListItems>,
): Promise<ListItems> {
  let lists = made.get(source);
  if (!lists) made.set(source, (lists = new Map<string, Promise<ListItems>>()));
  let items = lists.get(key);
  if (!items) lists.set(key, (items = make()));
  return items;
}
