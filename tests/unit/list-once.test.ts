import { describe, expect, it } from 'vitest';
import { joinItems, listItems, listOnce, pairItems } from '../../src/lib/list-once.ts';

const plain =
  '<li><a href="/a/">A</a></li><li class="x"><a href="/b/">B</a></li><li><a href="/c/">C</a></li>';
const marked =
  '<li><a href="/a/" aria-current="page">A</a></li><li class="x"><a href="/b/" aria-current="page">B</a></li><li><a href="/c/" aria-current="page">C</a></li>';

describe('list-once', () => {
  it('cuts a list into its items', () => {
    expect(listItems(plain)).toEqual([
      '<li><a href="/a/">A</a></li>',
      '<li class="x"><a href="/b/">B</a></li>',
      '<li><a href="/c/">C</a></li>',
    ]);
    expect(listItems('<li>one</li><link><li>two</li>')).toEqual([
      '<li>one</li><link>',
      '<li>two</li>',
    ]);
  });

  it('marks only the current item, as rendering the list with it would', () => {
    const items = pairItems('test', plain, marked);
    expect(joinItems(items, 1)).toBe(
      '<li><a href="/a/">A</a></li><li class="x"><a href="/b/" aria-current="page">B</a></li><li><a href="/c/">C</a></li>',
    );
    expect(joinItems(items, -1)).toBe(plain);
    expect(joinItems(items, 3)).toBe(plain);
  });

  it('refuses two renders with different items', () => {
    expect(() => pairItems('test', plain, '<li>one</li>')).toThrow(/3 and 1 items/);
  });

  it('makes a list once per source and key', async () => {
    const source = {};
    let made = 0;
    const make = () => {
      made++;
      return Promise.resolve(pairItems('k', plain, marked));
    };
    const first = await listOnce(source, 'en', make);
    expect(await listOnce(source, 'en', make)).toBe(first);
    await listOnce(source, 'fr', make);
    await listOnce({}, 'en', make);
    expect(made).toBe(3);
  });
});
