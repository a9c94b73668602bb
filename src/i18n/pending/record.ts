/**
 * Words for reported developments and ended effect (issue 10), waiting to be folded into the one
 * catalogue (issue 13). Nothing renders them yet: the status views show them once the new
 * vocabulary lands. The data they name is in `InstrumentStatus` (src/lib/status.ts):
 * `since` (last confirmed), `reportedSince`, `reportedNext` and `effectEnded`, and on the home
 * page `TimeViews.reportedHeadline` (src/data/time.ts) beside "no confirmed deadline".
 *
 * - `{stage}` is a stage label (`stage.<id>`), `{date}` a date formatted at its precision,
 *   `{title}` a milestone title, `{instrument}` a short title, `{sources}` a list of publishers.
 * - A report is always labelled as not confirmed, and its stage only as what it would mean.
 */
export const en = {
  'status.lastConfirmed': 'Last confirmed: {stage}, {date}',
  'status.reportedSince': 'Reported since: {title}, {date} (not confirmed)',
  'status.reportedSinceHeading': 'Reported since, not confirmed',
  'status.reportedStage': 'reported: {stage}',
  'status.reportedSources': 'Reported by {sources}',
  'status.reportedCount_one': '{count} report since, not confirmed',
  'status.reportedCount_other': '{count} reports since, not confirmed',
  'status.reportedNext': 'Reported ahead: {title}, {date} (not confirmed)',
  'status.effectEnded':
    'No longer has effect: the act it {relation} ({instrument}) ended on {date} ({stage})',
  'status.effectEndedShort': 'Effect ended {date}',
  'relation.amends.verb': 'amends',
  'relation.extends.verb': 'extends',
  'home.noConfirmedDeadline': 'No confirmed deadline is coming up.',
  'home.reportedUpcoming': 'Reported, not confirmed: {title}, {date}',
  'home.reportedUpcomingNote':
    'This date comes from unofficial reports only: it is shown for information and is not counted down.',
} as const;

export const fr: Record<keyof typeof en, string> = {
  'status.lastConfirmed': 'Dernière étape confirmée : {stage}, {date}',
  'status.reportedSince': 'Signalé depuis : {title}, {date} (non confirmé)',
  'status.reportedSinceHeading': 'Signalé depuis, non confirmé',
  'status.reportedStage': 'signalé : {stage}',
  'status.reportedSources': 'Signalé par {sources}',
  'status.reportedCount_one': '{count} signalement depuis, non confirmé',
  'status.reportedCount_other': '{count} signalements depuis, non confirmés',
  'status.reportedNext': 'Signalé à venir : {title}, {date} (non confirmé)',
  'status.effectEnded':
    'N’a plus d’effet : l’acte qu’il {relation} ({instrument}) a pris fin le {date} ({stage})',
  'status.effectEndedShort': 'Effet terminé le {date}',
  'relation.amends.verb': 'modifie',
  'relation.extends.verb': 'prolonge',
  'home.noConfirmedDeadline': 'Aucune échéance confirmée à venir.',
  'home.reportedUpcoming': 'Signalé, non confirmé : {title}, {date}',
  'home.reportedUpcomingNote':
    'Cette date ne provient que de sources non officielles : elle est donnée à titre d’information et ne fait l’objet d’aucun compte à rebours.',
};

export const de: Record<keyof typeof en, string> = {
  'status.lastConfirmed': 'Zuletzt bestätigt: {stage}, {date}',
  'status.reportedSince': 'Seitdem gemeldet: {title}, {date} (nicht bestätigt)',
  'status.reportedSinceHeading': 'Seitdem gemeldet, nicht bestätigt',
  'status.reportedStage': 'gemeldet: {stage}',
  'status.reportedSources': 'Gemeldet von {sources}',
  'status.reportedCount_one': '{count} Meldung seitdem, nicht bestätigt',
  'status.reportedCount_other': '{count} Meldungen seitdem, nicht bestätigt',
  'status.reportedNext': 'Gemeldet für später: {title}, {date} (nicht bestätigt)',
  'status.effectEnded':
    'Keine Wirkung mehr: Der Rechtsakt, den es {relation} ({instrument}), endete am {date} ({stage})',
  'status.effectEndedShort': 'Wirkung beendet am {date}',
  'relation.amends.verb': 'ändert',
  'relation.extends.verb': 'verlängert',
  'home.noConfirmedDeadline': 'Keine bestätigte Frist steht bevor.',
  'home.reportedUpcoming': 'Gemeldet, nicht bestätigt: {title}, {date}',
  'home.reportedUpcomingNote':
    'Dieses Datum stammt nur aus inoffiziellen Quellen: Es dient der Information, und es wird kein Countdown dafür angezeigt.',
};
