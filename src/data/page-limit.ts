/**
 * The page limits of long lists (the timeline's milestones, /changes/'s records, the links to
 * every instrument): a default measured on a phone, which an environment variable overrides
 * (tests set one to build the split layout of a small campaign).
 */

/** The limit in the environment variable `name`, else `fallback`; anything but a positive whole number stops the build, naming the variable. */
export function readLimit(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return limit;
}

/**
 * How many instruments the pages of one instrument, year or month list, each linked to its own
 * page of the same kind (/timeline/<id>/, /changes/<id>/). Above it, such a page links its
 * own instrument and the index's list (/timeline/, /changes/), which alone lists them all: at
 * 500 instruments the list was 84 KB on each of 3,000 pages, a third of the build's output, and
 * grew with the square of the campaign.
 */
export const INSTRUMENT_LINKS_LIMIT: number = readLimit(
  'POLICY_TIMELINE_INSTRUMENT_LINKS_LIMIT',
  50,
);
