/**
 * The words of the web editor's form that the schema does not hold: field labels, collection
 * names, and the labels of vocabulary values. The editor at /admin/ is English-only (its own
 * interface follows the browser's language; see README, "Web editor").
 *
 * Vocabulary labels are the site's own, read through {@link vocabularyLabel}: the one place the
 * editor touches the site's dictionary.
 */
import type { TKey } from '../i18n/en.ts';
import { getT } from '../i18n/index.ts';
import type { EditorWords, Vocabulary } from '../lib/editor-config.ts';

/** The catalogue's key prefix of each vocabulary (`stage.trilogue`, `kind.regulation`, …). */
const PREFIX: Record<Vocabulary, string> = {
  kind: 'kind',
  track: 'track',
  stage: 'stage',
  confidence: 'confidence',
  actor: 'actor',
  sourceKind: 'sourceKind',
  relation: 'relation',
  outcome: 'outcome',
};

/** The English label of one value of a vocabulary, as the site shows it ("trilogue" → "In trilogue"). */
export function vocabularyLabel(vocabulary: Vocabulary, value: string): string {
  const t = getT('en');
  const key = `${PREFIX[vocabulary]}.${value}` as TKey;
  if (!t.has(key))
    throw new Error(`the site's catalogue has no label for ${vocabulary} "${value}"`);
  return t(key);
}

/** Labels that are not just the field's name in words, by key (or full key path). */
const FIELD_LABELS: Record<string, string> = {
  shortTitle: 'Short title',
  jurisdiction: 'Jurisdiction',
  com: 'Commission document (COM)',
  celex: 'CELEX number',
  procedure: 'Procedure number',
  oj: 'Official Journal reference',
  eli: 'European Legislation Identifier (ELI)',
  endDate: 'End date',
  timeZone: 'Time zone',
  supersededBy: 'Superseded by',
  url: 'Address (URL)',
  siteUrl: 'Site address (URL)',
  reviewedAt: 'Checked up to',
  accentColor: 'Accent colour',
  license: 'Data licence',
  locale: 'Language of the content',
  for: 'Votes for',
  against: 'Votes against',
  rule: 'Rule (for derived dates)',
  alternatives: 'Alternative dates (for disputed dates)',
  correction: 'Correction of a source',
  claim: 'What the source claimed',
  correct: 'What is right',
  source: 'Source of the claim',
  'related.*.instrument': 'Instrument (its id)',
  'milestones.*.id': 'Id (never change it once published)',
  'milestones.*.tags': 'Extra tags',
  'references.*': 'Reference',
};

/** Labels of one item of a list. */
const ITEM_LABELS: Record<string, string> = {
  milestones: 'Milestone',
  sources: 'Source',
  alternatives: 'Alternative date',
  related: 'Related instrument',
  tags: 'Tag',
};

/** "supersededBy" → "Superseded by". */
function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export const EDITOR_WORDS: EditorWords = {
  vocabulary: vocabularyLabel,
  field(path) {
    const key = path.filter((p) => p !== '*').at(-1) ?? '';
    return FIELD_LABELS[path.join('.')] ?? FIELD_LABELS[key] ?? words(key);
  },
  item(path) {
    const key = path.filter((p) => p !== '*').at(-1) ?? '';
    return ITEM_LABELS[key] ?? words(key);
  },
  instruments: { label: 'Instruments', singular: 'Instrument' },
  campaign: { label: 'Campaign' },
  body: {
    label: 'Explainer',
    hint: 'Two to four short paragraphs in plain language: what the instrument does and why it matters for the campaign. Plain Markdown only: no curly braces and no "<" (this is an MDX file).',
  },
  slugHint:
    'The file name, and the address of the instrument’s page (/instruments/<id>/): lower-case letters, digits and hyphens. It cannot be changed later.',
  appTitle: (campaignName) => `${campaignName} · Editor`,
};
