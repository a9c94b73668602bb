/**
 * The content model: the single source of truth for what `content/` may contain.
 *
 * - `campaign.yaml` is checked by {@link CampaignSchema};
 * - the frontmatter of each `content/instruments/<id>.mdx` by {@link InstrumentSchema}.
 *
 * Vocabularies are `as const` arrays, reused for validation, labels, CSS classes and search
 * facets. Types are inferred from the schemas, never written twice. Every `.describe()` text
 * reaches editors through the JSON schemas Astro generates and the README's field reference
 * (`npm run schema:reference`).
 *
 * Rules that span several fields of one milestone live here (`superRefine`); rules that span
 * entries (unknown ids, duplicates) live in `validate.ts`.
 *
 * Imported through `astro/zod` so Astro and this module share one Zod.
 */
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/index.ts';
import { explainInvalidDate, isValidTime, isValidTimeZone, precisionOf } from './dates.ts';

// ---------------------------------------------------------------------------------------------
// Vocabularies

/** Kinds of instrument. */
export const INSTRUMENT_KINDS = [
  'regulation',
  'directive',
  'decision',
  'strategy',
  'proposal',
  'other',
] as const;

/** Every stage a milestone may move an instrument to: both tracks, then the ends off the main path. */
export const STAGES = [
  'announced',
  'proposed',
  'committee',
  'ep-mandate',
  'council-mandate',
  'trilogue',
  'provisional-agreement',
  'ep-first-reading',
  'council-first-reading',
  'ep-second-reading',
  'adopted',
  'signed',
  'published',
  'in-force',
  'applies',
  'in-implementation',
  'reviewed',
  'withdrawn',
  'rejected',
  'lapsed',
  'expired',
  'repealed',
] as const;
export type Stage = (typeof STAGES)[number];

/** The legislative track, in order: from announced to applies. */
export const LEGISLATIVE_STAGES = STAGES.slice(
  0,
  STAGES.indexOf('applies') + 1,
) as readonly Stage[];
/**
 * Stages of the legislative track that only some procedures pass through: most files are agreed
 * at first reading and never have a second one. A progress track shows them only once reached
 * (src/lib/status.ts `progressPath`), so a file adopted at first reading is not marked as having
 * passed a second reading.
 */
export const OPTIONAL_STAGES: readonly Stage[] = ['ep-second-reading'];
/** The shorter non-legislative track (a strategy, a communication), in order. */
export const NON_LEGISLATIVE_STAGES: readonly Stage[] = [
  'announced',
  'adopted',
  'in-implementation',
  'reviewed',
];
/** Ends off the main path: an instrument that reaches one of these is finished. */
export const TERMINAL_STAGES: readonly Stage[] = [
  'withdrawn',
  'rejected',
  'lapsed',
  'expired',
  'repealed',
];

/** The two progress tracks. */
export const TRACKS = ['legislative', 'non-legislative'] as const;

/** How sure we are of a milestone's date. */
export const CONFIDENCES = ['official', 'secondary', 'derived', 'disputed', 'unverified'] as const;

/** Who acted. */
export const ACTORS = [
  'commission',
  'parliament',
  'council',
  'co-legislators',
  'presidency',
  'member-states',
  'court',
  'government',
  'agency',
  'campaign',
  'civil-society',
  'industry',
  'other',
] as const;

/** Kinds of source. */
export const SOURCE_KINDS = ['official', 'secondary', 'campaign'] as const;

/** Relations between instruments, read "this instrument <relation> that one". */
export const RELATIONS = [
  'amends',
  'extends',
  'replaces',
  'implements',
  'part-of',
  'follows',
  'responds-to',
  'see-also',
] as const;

/** What became of a deadline. */
export const OUTCOMES = ['met', 'missed', 'extended', 'lapsed', 'superseded'] as const;

/** Jurisdictions: the EU, international bodies, or a country (ISO 3166-1 alpha-2). */
export const JURISDICTION_RE = /^(EU|INT|CoE|UN|[A-Z]{2})$/;

// ---------------------------------------------------------------------------------------------
// Field formats

/** A stable id: lower-case words joined by hyphens. */
export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "COM(2022) 209" or "COM(2022) 209 final". */
export const COM_RE = /^COM\((\d{4})\) (\d{1,4})(?: final)?$/;
/** CELEX numbers: sector, year, type letter(s), number, e.g. 32021R1232, 52020DC0607. */
export const CELEX_RE = /^[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?$/;
/** Ordinary legislative procedure numbers, e.g. 2020/0259(COD). */
export const PROCEDURE_RE =
  /^(\d{4})\/(\d{4})\((COD|CNS|APP|NLE|INI|BUD|DEC|RSP|INL|RPS|DEA|SYN|AVC|ACI)\)$/;
/** Official Journal references, e.g. "OJ L 274, 30.7.2021, p. 41–51" or "OJ L, 2024/1307, 14.5.2024". */
export const OJ_RE =
  /^OJ (?:L|C)(?: \d+)?, (?:\d{4}\/\d+, )?\d{1,2}\.\d{1,2}\.\d{4}(?:, p\. \d+(?:[–-]\d+)?)?$/;
/** A milestone reference: "<instrument id>#<milestone id>". */
export const MILESTONE_REF_RE = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const HEX_COLOUR_RE = /^#[0-9a-fA-F]{6}$/;

/** The WCAG contrast ratio of a "#rrggbb" colour against white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** Joins the rule an author broke and how to fix it; `formatProblems` shows them on two lines. */
export function rule(what: string, fix: string): string {
  return `${what}. Fix: ${fix}`;
}

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** An http(s) URL. */
export const HttpUrlSchema = z
  .string({
    error: rule('expected a URL in quotes', 'write the full address, starting with https://'),
  })
  .refine(isHttpUrl, {
    error: rule(
      'not an http(s) URL',
      'write the full address, starting with https:// (or http://)',
    ),
  });

/** A quoted partial date. An unquoted YAML date arrives as a Date (YAML silently rolls 2025-02-30 over to 2 March), so it is refused with a "quote it" message. */
export const PartialDateSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date || typeof issue.input === 'number'
        ? rule(
            'the date is not quoted, so YAML turned it into something else (it silently rolls impossible dates over)',
            'put the date in quotes, e.g. "2021-07-30"',
          )
        : rule('expected a date in quotes', 'write "YYYY-MM-DD", "YYYY-MM" or "YYYY"'),
  })
  .superRefine((value, ctx) => {
    const why = explainInvalidDate(value);
    if (why)
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: rule(
          `not a real date: ${why}`,
          'write a real calendar date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
        ),
      });
  })
  .describe(
    'A calendar date in quotes, at the precision known: "2021-07-30", "2021-07" or "2021".',
  );

/** A quoted full date (day precision). */
export const FullDateSchema = PartialDateSchema.refine(
  (v) => explainInvalidDate(v) !== undefined || precisionOf(v) === 'day',
  {
    error: rule('a full date is needed here', 'write "YYYY-MM-DD"'),
  },
).describe('A full calendar date in quotes: "2026-11-29".');

/** An IANA time zone name. */
export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, {
    error: rule(
      'unknown IANA time zone',
      'use a name from the tz database, such as "Europe/Brussels" or "America/New_York"',
    ),
  })
  .describe('An IANA time zone, e.g. "Europe/Brussels".');

/** Ids starting with "pt-" are kept for the site's own page anchors, so a milestone anchor never collides with one. */
export const RESERVED_ID_PREFIX = 'pt-';

const IdSchema = z
  .string()
  .regex(ID_RE, {
    error: rule(
      'not a valid id',
      'use lower-case letters, digits and single hyphens, e.g. "council-mandate"',
    ),
  })
  .refine((id) => !id.startsWith(RESERVED_ID_PREFIX), {
    error: rule(
      `ids starting with "${RESERVED_ID_PREFIX}" are reserved for the site`,
      'choose another id',
    ),
  });

// ---------------------------------------------------------------------------------------------
// Web editor

/** The Git hosts the web editor at /admin/ can save to. */
export const EDITOR_BACKENDS = ['github', 'gitea'] as const;
export type EditorBackendName = (typeof EDITOR_BACKENDS)[number];

/** A repository as "owner/name". */
export const REPO_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Where the web editor saves: read by the build to configure /admin/, never shown to readers. */
export const EditorSettingsSchema = z
  .strictObject({
    /** The kind of Git host. */
    backend: z
      .enum(EDITOR_BACKENDS)
      .describe(
        'The Git host of the repository: github (GitHub.com or GitHub Enterprise) or gitea (Gitea or Forgejo).',
      ),
    /** The repository that holds this site. */
    repo: z
      .string()
      .regex(REPO_RE, {
        error: rule('not a repository', 'write "owner/name", e.g. "ecpat/policy-timeline"'),
      })
      .describe('The repository that holds this site, as "owner/name".'),
    /** The branch saves are committed to. */
    branch: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The branch the editor commits to (the site is built from it). Default: the repository's default branch.",
      ),
    /** A self-hosted server's API. */
    apiRoot: HttpUrlSchema.optional().describe(
      'The API address of a self-hosted server: "https://git.example.org/api/v1" for Gitea or Forgejo, "https://github.example.org/api/v3" for GitHub Enterprise. Default: GitHub.com, or gitea.com.',
    ),
    /** The OAuth client that signs editors in. */
    authUrl: HttpUrlSchema.optional().describe(
      'The address of the OAuth client that signs editors in: for GitHub, a small auth worker such as Sveltia CMS Authenticator; for Gitea or Forgejo, the server itself. Without it, editors sign in with a personal access token.',
    ),
    /** The Gitea/Forgejo OAuth application. */
    appId: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Gitea or Forgejo: the client ID of the OAuth application that signs editors in (with authUrl). Without it, editors sign in with a personal access token.',
      ),
    /** Review before publishing (GitHub only). */
    reviewBeforePublish: z
      .boolean()
      .default(false)
      .describe(
        'GitHub only: every save goes to a pull request (draft, in review, ready) and reaches the site only when it is published (merged). When false, each save is a commit to the branch.',
      ),
  })
  .refine((e) => !e.reviewBeforePublish || e.backend === 'github', {
    error: rule(
      'review before publishing needs the github backend',
      'remove reviewBeforePublish, or use a GitHub repository',
    ),
  })
  .describe(
    'The web editor at /admin/: the repository it saves to and how editors sign in. Leave out to build the site without a working editor (local editing with `npm run edit` still works).',
  );
export type EditorSettings = z.output<typeof EditorSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Campaign

/** `content/campaign.yaml`: the campaign one site tracks. */
export const CampaignSchema = z
  .strictObject({
    /** The campaign's name, shown in the header and in widgets. */
    name: z.string().min(2).describe('The campaign\'s name, e.g. "Project Beacon".'),
    /** The organisation that runs the campaign. */
    organisation: z
      .string()
      .min(2)
      .describe('The organisation behind the campaign, e.g. "ECPAT International".'),
    /** One or two sentences saying what the campaign wants. */
    description: z
      .string()
      .min(10)
      .max(400)
      .describe('What the campaign wants, in one or two sentences (at most 400 characters).'),
    /** The public address of the site; canonical URLs, feeds and calendars use it. */
    siteUrl: HttpUrlSchema.describe(
      'The public address of the site, e.g. "https://beacon.example.org". Canonical URLs, feeds and calendars use it.',
    ),
    /** The time zone in which a date without a time is read (the end of a deadline's day). */
    timeZone: TimeZoneSchema.default('Europe/Brussels').describe(
      'The IANA time zone in which dates are read: a deadline without a time falls due at the end of its day here.',
    ),
    /** The language of the content and the date format, as a BCP 47 tag. */
    locale: z
      .string()
      .refine(
        (tag) => {
          try {
            return Intl.getCanonicalLocales(tag).length === 1;
          } catch {
            return false;
          }
        },
        {
          error: rule('not a BCP 47 language tag', 'write a tag such as "en-GB", "fr" or "de-DE"'),
        },
      )
      .default('en-GB')
      .describe(
        'The language of the content and of date formats, as a BCP 47 tag; "en-GB" writes "30 July 2021".',
      ),
    /** The accent colour, a hex colour; it must keep 4.5:1 contrast with white text. */
    accentColor: z
      .string()
      .regex(HEX_COLOUR_RE, {
        error: rule('not a hex colour', 'write six hex digits, e.g. "#0b5cad"'),
      })
      .refine((hex) => !HEX_COLOUR_RE.test(hex) || contrastWithWhite(hex) >= 4.5, {
        error: rule(
          'the accent colour is too light to carry white text (contrast below 4.5:1)',
          'choose a darker shade',
        ),
      })
      .default('#0b5cad')
      .describe(
        'The accent colour as "#rrggbb". It carries white text, so it must be dark enough (contrast 4.5:1 or more).',
      ),
    /** Links shown in the footer. */
    links: z
      .strictObject({
        /** The campaign's own website. */
        website: HttpUrlSchema.optional().describe("The campaign's website."),
        /** How to report a mistake: an https or mailto address. */
        contact: z
          .string()
          .refine((v) => isHttpUrl(v) || /^mailto:[^@\s]+@[^@\s]+$/.test(v), {
            error: rule(
              'not a contact address',
              'write an https:// URL or "mailto:name@example.org"',
            ),
          })
          .optional()
          .describe('Where readers report mistakes: an https:// URL or a mailto: address.'),
      })
      .default({})
      .describe('Links shown in the footer.'),
    /** The date up to which the content was checked against its sources. */
    reviewedAt: FullDateSchema.describe(
      'The date up to which every entry was checked against its sources, e.g. "2026-11-29". Pages say "Checked up to …".',
    ),
    /** The licence of the data. */
    license: z
      .strictObject({
        /** The licence's name. */
        name: z.string().min(2).describe('The licence name, e.g. "CC BY 4.0".'),
        /** Where its text is. */
        url: HttpUrlSchema.describe("The licence's text."),
      })
      .default({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })
      .describe('The licence of the data (pages, downloads, feeds).'),
    /** The web editor's repository and sign-in. */
    editor: EditorSettingsSchema.optional(),
  })
  .describe('The campaign this site tracks.');

// ---------------------------------------------------------------------------------------------
// Sources, corrections, milestones

/** Where a fact comes from. */
export const SourceSchema = z
  .strictObject({
    /** The address a reader can open. Required unless the source is unpublished (then say so in `note`). */
    url: HttpUrlSchema.optional().describe(
      'The address a reader can open and cite. Leave out only for an unpublished source, and say so in `note`.',
    ),
    /** The title of the document or page. */
    title: z.string().min(3).describe('The title of the document or page.'),
    /** Who published it. */
    publisher: z
      .string()
      .min(2)
      .describe('Who published it, e.g. "EUR-Lex", "European Parliament", "Agence Europe".'),
    /** official: an EU or government text (or a verbatim copy); secondary: press, law firms, NGOs; campaign: the campaign's own words. */
    kind: z
      .enum(SOURCE_KINDS)
      .describe(
        "official (an official text or a verbatim copy), secondary (press, law firms, think tanks, NGOs) or campaign (the campaign's own words).",
      ),
    /** Anything a reader should know about this source. */
    note: z
      .string()
      .optional()
      .describe(
        'What a reader should know about this source, e.g. "copy of the Council press release".',
      ),
  })
  .describe('A source: at least one per milestone.');

/** A claim a source got wrong, and what is right. */
export const CorrectionSchema = z
  .strictObject({
    /** What the source said, quoted or closely paraphrased. */
    claim: z.string().min(3).describe('What the source said, quoted or closely paraphrased.'),
    /** The source that said it. */
    source: SourceSchema.describe('The source that made the claim.'),
    /** What is right, in a sentence. */
    correct: z
      .string()
      .min(3)
      .describe(
        "What is right, in one or two sentences, with the evidence in the milestone's sources.",
      ),
  })
  .describe(
    "A claim a source (often the campaign's own article) got wrong, and what is right. Shown beside the milestone.",
  );

/** Another date for a disputed milestone. */
export const AlternativeDateSchema = z.strictObject({
  /** The other date. */
  date: PartialDateSchema,
  /** The sources that give it. */
  sources: z
    .array(SourceSchema)
    .min(1, {
      error: rule('an alternative date needs a source', 'add the source that gives this date'),
    })
    .describe('The sources that give this date.'),
  /** Why it differs, if known. */
  note: z.string().optional().describe('Why the sources differ, if known.'),
});

/** A deadline's due date, outcome and successor. */
export const DeadlineSchema = z
  .strictObject({
    /** What became of it, once known. */
    outcome: z
      .enum(OUTCOMES)
      .optional()
      .describe(
        'What became of the deadline once known: met, missed, extended, lapsed or superseded.',
      ),
    /** The milestone that replaced this deadline, as "<instrument id>#<milestone id>". */
    supersededBy: z
      .string()
      .regex(MILESTONE_REF_RE, {
        error: rule(
          'not a milestone reference',
          'write "<instrument id>#<milestone id>", e.g. "interim-regulation#end-of-application"',
        ),
      })
      .optional()
      .describe(
        'The deadline that replaced this one, as "<instrument id>#<milestone id>". Required when the outcome is extended or superseded.',
      ),
  })
  .describe(
    'Marks the milestone as a deadline. A deadline without `time` falls due at the end of its day in its time zone.',
  );

/** Votes cast. */
export const VotesSchema = z
  .strictObject({
    /** Votes in favour. */
    for: z.number().int().nonnegative().describe('Votes in favour.'),
    /** Votes against. */
    against: z.number().int().nonnegative().describe('Votes against.'),
    /** Abstentions, when known. */
    abstentions: z.number().int().nonnegative().optional().describe('Abstentions, when known.'),
  })
  .describe('The vote, when there was one.');

// ---------------------------------------------------------------------------------------------
// Translations of the content

/**
 * `translations`: texts of the content in other languages of the site, by language
 * (`fr: { title: "…" }`). Every field is optional: what is not translated is shown in the
 * original, marked as such. The languages are the site's (src/i18n/); any other is an unknown field.
 */
function translationsOf<S extends z.ZodType>(fields: S, what: string) {
  const shape = Object.fromEntries(
    LANGS.map((lang) => [lang, fields.optional().describe(`${what} in this language.`)]),
  ) as Record<Lang, z.ZodOptional<S>>;
  return z
    .strictObject(shape)
    .optional()
    .describe(
      `${what} in other languages of the site, by language (${LANGS.join(', ')}), e.g. fr: { title: "…" }. What is not translated is shown in the original, marked as such.`,
    );
}

/** A milestone's texts in another language. */
export const MilestoneTranslationSchema = z
  .strictObject({
    /** The title in this language. */
    title: z
      .string()
      .min(3)
      .max(200)
      .optional()
      .describe('The title in this language (at most 200 characters).'),
    /** The note in this language. */
    note: z.string().optional().describe('The note in this language, in short Markdown.'),
  })
  .describe("A milestone's title and note in one language.");

/** An instrument's texts in another language. */
export const InstrumentTranslationSchema = z
  .strictObject({
    /** The full title in this language (the official one, for an act: EUR-Lex carries it). */
    title: z
      .string()
      .min(5)
      .optional()
      .describe('The full title in this language; for an EU act, its official title (on EUR-Lex).'),
    /** The short name in this language. */
    shortTitle: z
      .string()
      .min(2)
      .max(60)
      .optional()
      .describe('The short name in this language (at most 60 characters).'),
    /** The summary in this language. */
    summary: z
      .string()
      .min(10)
      .max(300)
      .optional()
      .describe('The one-sentence summary in this language (at most 300 characters).'),
    /** The explainer in this language: paragraphs of plain Markdown. */
    explainer: z
      .string()
      .min(10)
      .optional()
      .describe(
        'The explainer (the body of the file) in this language: paragraphs separated by a blank line, with **bold**, *emphasis*, `code` and [links](https://…).',
      ),
  })
  .describe("An instrument's titles, summary and explainer in one language.");

/** One dated thing in an instrument's history or future. */
export const MilestoneSchema = z
  .strictObject({
    /** Stable id, unique within the instrument. Permalinks, calendar UIDs and feeds depend on it: never change it once published. */
    id: IdSchema.describe(
      'A stable id, unique within the instrument, e.g. "council-mandate". Permalinks, calendar UIDs and feeds depend on it: never change it once published.',
    ),
    /** When it happened (or is due), at the precision known. */
    date: PartialDateSchema.describe(
      'When it happened or is due, in quotes, at the precision known: "2021-07-30", "2021-07" or "2021".',
    ),
    /** For a span (a consultation), the last day. */
    endDate: PartialDateSchema.optional().describe(
      'For a span of time (a consultation), its last date, in quotes.',
    ),
    /** A wall-clock time "HH:MM" (24 h), for a deadline at a set hour. Needs a full date. */
    time: z
      .string()
      .refine(isValidTime, { error: rule('not a time', 'write 24-hour "HH:MM", e.g. "17:00"') })
      .optional()
      .describe('A wall-clock time "HH:MM" (24-hour) in `timeZone`. Needs a full date.'),
    /** The time zone of `date` and `time`; defaults to the campaign's. */
    timeZone: TimeZoneSchema.optional().describe(
      "The IANA time zone of `date` and `time`. Default: the campaign's.",
    ),
    /** What happened, in a short sentence. */
    title: z
      .string()
      .min(3)
      .max(200)
      .describe('What happened, in a short sentence (at most 200 characters).'),
    /** More detail, in short Markdown. */
    note: z.string().optional().describe('More detail, in short Markdown.'),
    /** Who acted. */
    actor: z
      .enum(ACTORS)
      .optional()
      .describe(`Who acted: ${ACTORS.join(', ')}.`),
    /** The stage this milestone moves the instrument to; on an unverified report, the stage it would mean. */
    stage: z
      .enum(STAGES)
      .optional()
      .describe(
        'The stage this milestone moves the instrument to (see the stage list). Leave out when the stage does not change. On an unverified milestone it is the stage the report would mean if confirmed ("reported: adopted"): shown as reported, never as the status.',
      ),
    /** Marks a deadline; `deadline: {}` for one whose outcome is not known yet. */
    deadline: DeadlineSchema.optional(),
    /** Where the date comes from. At least one. */
    sources: z
      .array(SourceSchema)
      .min(1, {
        error: rule(
          'a milestone needs at least one source',
          'add a source with url, title, publisher and kind',
        ),
      })
      .describe('Where this comes from: at least one source.'),
    /** How sure we are of the date. */
    confidence: z
      .enum(CONFIDENCES)
      .describe(
        'official (in an official source), secondary (reputable secondary sources), derived (computed by a rule: give `rule`), disputed (sources disagree: give `alternatives`) or unverified (shown only as an unconfirmed report).',
      ),
    /** For derived dates: the rule, e.g. "third day after publication (Art. 10)". */
    rule: z
      .string()
      .min(3)
      .optional()
      .describe(
        'For `confidence: derived`: the rule the date was worked out by, e.g. "third day after publication in the OJ (Art. 10)".',
      ),
    /** For disputed dates: the other dates and who gives them. */
    alternatives: z
      .array(AlternativeDateSchema)
      .optional()
      .describe(
        'For `confidence: disputed`: the other dates and their sources. `date` holds the preferred one.',
      ),
    /** The vote, when there was one. */
    votes: VotesSchema.optional(),
    /** Reference numbers of this step (a report, a press release, an adopted text). */
    reference: z
      .string()
      .optional()
      .describe(
        'The reference of the document behind this step, e.g. "A9-0258/2020" or "T9-0319/2021".',
      ),
    /** What a source got wrong, and what is right. */
    correction: CorrectionSchema.optional(),
    /** Extra tags for this milestone (the instrument's tags apply too). */
    tags: z
      .array(IdSchema)
      .optional()
      .describe("Extra tags for this milestone; the instrument's tags apply too."),
    /** The title and note in other languages. */
    translations: translationsOf(MilestoneTranslationSchema, 'The title and note'),
  })
  .superRefine((m, ctx) => {
    const issue = (path: (string | number)[], message: string, input: unknown): void => {
      ctx.addIssue({ code: 'custom', path, message, input });
    };
    if (m.confidence === 'derived' && !m.rule)
      issue(
        ['rule'],
        rule(
          'a derived date needs the rule it was derived by',
          'add rule: "…", e.g. "third day after publication in the OJ (Art. 10)"',
        ),
        m.rule,
      );
    if (m.confidence !== 'derived' && m.rule)
      issue(
        ['rule'],
        rule('`rule` is only for derived dates', 'remove `rule`, or set confidence: derived'),
        m.rule,
      );
    if (m.confidence === 'disputed' && !m.alternatives?.length)
      issue(
        ['alternatives'],
        rule(
          'a disputed date needs the alternative dates and their sources',
          'add alternatives: [{ date: "…", sources: [ … ] }]',
        ),
        m.alternatives,
      );
    if (m.alternatives?.length && m.confidence !== 'disputed' && m.confidence !== 'unverified')
      issue(
        ['alternatives'],
        rule(
          'alternative dates are only for disputed or unverified milestones',
          'set confidence: disputed, or remove `alternatives`',
        ),
        m.confidence,
      );
    m.alternatives?.forEach((alt, i) => {
      if (alt.date === m.date)
        issue(
          ['alternatives', i, 'date'],
          rule(
            "an alternative date equals the milestone's own date",
            'give the date the other sources state',
          ),
          alt.date,
        );
    });
    if (m.time && explainInvalidDate(m.date) === undefined && precisionOf(m.date) !== 'day')
      issue(
        ['time'],
        rule('a time needs a full date', 'write date as "YYYY-MM-DD", or remove `time`'),
        m.time,
      );
    if (m.deadline && explainInvalidDate(m.date) === undefined && precisionOf(m.date) !== 'day')
      issue(['date'], rule('a deadline needs a full date', 'write date as "YYYY-MM-DD"'), m.date);
    if (m.endDate && m.endDate <= m.date)
      issue(
        ['endDate'],
        rule('endDate must come after date', 'swap them, or correct endDate'),
        m.endDate,
      );
    const outcome = m.deadline?.outcome;
    if ((outcome === 'superseded' || outcome === 'extended') && !m.deadline?.supersededBy)
      issue(
        ['deadline', 'supersededBy'],
        rule(
          `a deadline whose outcome is "${outcome}" needs what superseded it`,
          'add supersededBy: "<instrument id>#<milestone id>"',
        ),
        undefined,
      );
    if (m.confidence !== 'unverified' && !m.sources.some((s) => s.url))
      issue(
        ['sources'],
        rule(
          'a milestone stated as fact needs a source a reader can open',
          'give at least one source a url, or set confidence: unverified',
        ),
        undefined,
      );
    const official = m.sources.some((s) => s.kind === 'official');
    if (m.confidence === 'official' && !official)
      issue(
        ['confidence'],
        rule(
          'confidence "official" needs an official source',
          'add the official source, or lower the confidence to secondary',
        ),
        m.confidence,
      );
  })
  .describe('One dated thing: an event in the history or a scheduled step.');

/** A link from one instrument to another. */
export const RelationSchema = z.strictObject({
  /** The id of the other instrument (its file name without .mdx). */
  instrument: IdSchema.describe('The id of the other instrument: its file name without ".mdx".'),
  /** How this instrument relates to it. */
  relation: z
    .enum(RELATIONS)
    .describe(
      `How this instrument relates to the other, read "this <relation> that": ${RELATIONS.join(', ')}.`,
    ),
  /** A few words on the link. */
  note: z.string().optional().describe('A few words on the link.'),
});

/** Official references, each checked for format and turned into a link. */
export const ReferencesSchema = z
  .strictObject({
    /** The Commission document, e.g. "COM(2022) 209 final". */
    com: z
      .string()
      .regex(COM_RE, {
        error: rule('not a COM reference', 'write it as "COM(2022) 209" or "COM(2022) 209 final"'),
      })
      .optional()
      .describe('The Commission document number, e.g. "COM(2022) 209 final".'),
    /** The CELEX number, e.g. "32021R1232". */
    celex: z
      .string()
      .regex(CELEX_RE, {
        error: rule(
          'not a CELEX number',
          'write it as on EUR-Lex, e.g. "32021R1232" or "52022PC0209"',
        ),
      })
      .optional()
      .describe('The CELEX number on EUR-Lex, e.g. "32021R1232".'),
    /** The procedure, e.g. "2020/0259(COD)". */
    procedure: z
      .string()
      .regex(PROCEDURE_RE, {
        error: rule(
          'not a procedure reference',
          'write it as in the Legislative Observatory, e.g. "2020/0259(COD)"',
        ),
      })
      .optional()
      .describe('The interinstitutional procedure, e.g. "2020/0259(COD)".'),
    /** The Official Journal reference. */
    oj: z
      .string()
      .regex(OJ_RE, {
        error: rule(
          'not an Official Journal reference',
          'write it as "OJ L 274, 30.7.2021, p. 41–51" or "OJ L, 2024/1307, 14.5.2024"',
        ),
      })
      .optional()
      .describe('The Official Journal reference, e.g. "OJ L 274, 30.7.2021, p. 41–51".'),
    /** The European Legislation Identifier (a URL). */
    eli: HttpUrlSchema.optional().describe(
      'The European Legislation Identifier, e.g. "http://data.europa.eu/eli/reg/2021/1232/oj".',
    ),
  })
  .default({})
  .describe(
    'Official references. Each is checked for format and linked (EUR-Lex, the Legislative Observatory).',
  );

/** The frontmatter of `content/instruments/<id>.mdx`. The body is the explainer. */
export const InstrumentSchema = z
  .strictObject({
    /** The full official title. */
    title: z
      .string()
      .min(5)
      .describe('The full title, e.g. "Regulation (EU) 2021/1232 on a temporary derogation …".'),
    /** The name readers know it by. */
    shortTitle: z
      .string()
      .min(2)
      .max(60)
      .describe('The short name readers know, e.g. "Interim Regulation" (at most 60 characters).'),
    /** What kind of act it is. */
    kind: z
      .enum(INSTRUMENT_KINDS)
      .describe(`What kind of act it is: ${INSTRUMENT_KINDS.join(', ')}.`),
    /** Which progress track it follows; by default strategies are non-legislative and everything else legislative. */
    track: z
      .enum(TRACKS)
      .optional()
      .describe(
        'The progress track: legislative or non-legislative. Default: non-legislative for a strategy, legislative otherwise.',
      ),
    /** EU, INT, CoE, UN or a two-letter country code. */
    jurisdiction: z
      .string()
      .regex(JURISDICTION_RE, {
        error: rule(
          'unknown jurisdiction',
          'use EU, INT, CoE, UN or a two-letter country code such as "BE"',
        ),
      })
      .default('EU')
      .describe('EU, INT, CoE, UN or an ISO 3166 country code such as "BE".'),
    /** One sentence saying what it does. */
    summary: z
      .string()
      .min(10)
      .max(300)
      .describe('What it does, in one sentence (at most 300 characters).'),
    /** Official references, checked and linked. */
    references: ReferencesSchema,
    /** Links to other instruments. */
    related: z.array(RelationSchema).default([]).describe('Links to other instruments.'),
    /** Tags for filters and widgets, lower-case with hyphens. */
    tags: z
      .array(IdSchema)
      .default([])
      .describe('Tags for filters and widget slices, lower-case with hyphens, e.g. "eprivacy".'),
    /** The dated history and scheduled future. */
    milestones: z
      .array(MilestoneSchema)
      .describe('The dated history and the scheduled future, in any order (pages sort them).'),
    /** The titles, summary and explainer in other languages. */
    translations: translationsOf(InstrumentTranslationSchema, 'The titles, summary and explainer'),
  })
  .describe('An instrument: a policy or legal act, proposal or strategy the campaign follows.');

export type CampaignInput = z.input<typeof CampaignSchema>;
export type Campaign = z.output<typeof CampaignSchema>;
export type InstrumentInput = z.input<typeof InstrumentSchema>;
export type InstrumentData = z.output<typeof InstrumentSchema>;
export type MilestoneData = z.output<typeof MilestoneSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Correction = z.output<typeof CorrectionSchema>;
export type Deadline = z.output<typeof DeadlineSchema>;
export type Relation = z.output<typeof RelationSchema>;
export type References = z.output<typeof ReferencesSchema>;
export type MilestoneTranslation = z.output<typeof MilestoneTranslationSchema>;
export type InstrumentTranslation = z.output<typeof InstrumentTranslationSchema>;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type Track = (typeof TRACKS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Actor = (typeof ACTORS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type RelationKind = (typeof RELATIONS)[number];
export type Outcome = (typeof OUTCOMES)[number];

/** The track an instrument follows, explicit or by its kind. */
export function trackOf(instrument: Pick<InstrumentData, 'kind' | 'track'>): Track {
  return instrument.track ?? (instrument.kind === 'strategy' ? 'non-legislative' : 'legislative');
}
