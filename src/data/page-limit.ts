/**
 * The page limits of long lists (the timeline's milestones, /changes/'s records): a default
 * measured on a phone, which an environment variable overrides (tests set one to build the
 * split layout of a small campaign).
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
