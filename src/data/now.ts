/**
 * The build's "now": the moment time-dependent text in the HTML is computed for. Pages say
 * "as of <this date>", and the browser recomputes for the reader's own now.
 * POLICY_TIMELINE_NOW (an ISO instant) pins it, for reproducible builds and tests.
 */
function readNow(): Date {
  const pinned = process.env['POLICY_TIMELINE_NOW'];
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime()))
    throw new Error(`POLICY_TIMELINE_NOW is not an ISO date-time: "${pinned}"`);
  return date;
}

export const BUILD_NOW: Date = readNow();
