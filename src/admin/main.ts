/**
 * The web editor at /admin/: Sveltia CMS with this project's file formats.
 *
 * - Requests stay on the site and the Git host's API (request-guard.ts).
 * - Files are read into the form and written back with only the edited parts changed
 *   (src/lib/editor-format.ts).
 * - Before a file is written, the validator's checks of that file run (src/lib/validate.ts); a
 *   file with problems is not saved, and the problems are shown. Rules that span files (an
 *   unknown instrument in `related`, a chain of superseded deadlines) are checked by
 *   `npm run validate` in CI and by the build.
 *
 * Bundled by src/integrations/editor-files.ts; the configuration comes from /admin/config.yml.
 */
import './zod-jitless.ts';
import CMS from '@sveltia/cms';
import { CAMPAIGN_FORMAT, INSTRUMENT_FORMAT, INSTRUMENT_PRESENCE } from '../lib/editor-config.ts';
import {
  readForEditor,
  writeFromEditor,
  type FileKind,
  type PresencePath,
} from '../lib/editor-format.ts';
import { validateFile } from '../lib/validate.ts';
import { showProblems } from './problems.ts';
import { installRequestGuard } from './request-guard.ts';
import { keepZoomAllowed } from './viewport.ts';

const meta = (name: string): string =>
  document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

installRequestGuard(meta('policy-timeline:editor-origins').split(/\s+/).filter(Boolean));
keepZoomAllowed();
const contentDir = meta('policy-timeline:content-dir') || 'content';

/** The path of the entry being saved, from the editor's preSave event (it comes before the file is written). */
let savingPath: string | undefined;
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const path: unknown = entry.get('path');
    savingPath = typeof path === 'string' ? path : undefined;
  },
});

function format(kind: FileKind, presence: readonly PresencePath[], fallbackPath: string) {
  return {
    fromFile: (text: string) => readForEditor(text, kind, presence),
    toFile: (value: Record<string, unknown>): string => {
      const text = writeFromEditor(value, kind, presence);
      const path = savingPath ?? fallbackPath;
      savingPath = undefined;
      const problems = validateFile({ path, text }, contentDir);
      if (problems.length) {
        showProblems(problems);
        throw new Error(`${path} was not saved: ${problems.length} problem(s)`);
      }
      return text;
    },
  };
}

CMS.registerCustomFormat(
  INSTRUMENT_FORMAT,
  'mdx',
  format('frontmatter', INSTRUMENT_PRESENCE, `${contentDir}/instruments/new-instrument.mdx`),
);
CMS.registerCustomFormat(
  CAMPAIGN_FORMAT,
  'yaml',
  format('yaml', [], `${contentDir}/campaign.yaml`),
);
void CMS.init();
