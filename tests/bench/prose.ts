/**
 * Sentence makers for the synthetic dossiers: news prose for articles,
 * analysts' prose for topic pages. Every sentence is a template filled from
 * the vocabulary with a seeded Random, so the text is varied enough to index
 * and render like real copy yet identical for the same seed.
 */
import type { Random } from './random.ts';
import {
  ADJECTIVES, ADVERBS, CONNECTIVES, DOCUMENTS, GROUPS, MONTHS, NOUNS, PAST_VERBS, PLURAL_NOUNS, REPORTING_VERBS, TIME_REFS,
  VERBS, WEEKDAYS, type EntitySpec,
} from './vocabulary.ts';

/** Who and what one article (or one topic page) is about, so its sentences hang together. */
export interface Cast {
  readonly person: EntitySpec;
  readonly other: EntitySpec;
  readonly org: EntitySpec;
  readonly org2: EntitySpec;
  readonly place: EntitySpec;
  /** The outlet's name, for "according to a memo seen by …". */
  readonly outlet: string;
}

const full = (e: EntitySpec) => e.aliases[0]!;
const short = (e: EntitySpec) => e.aliases[e.aliases.length - 1]!;
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const money = (r: Random) => `${r.int(2, 95)}.${r.int(1, 9)} million euros`;
const small = (r: Random) => String(r.int(3, 480));
const THIRD_PERSON = ['hurts', 'favours', 'ignores', 'burdens', 'shields', 'penalises'];

/** Sentences of an article's body. None contains a number of four digits or more, so the unique phrases stay unique. */
const ARTICLE_SENTENCES: ReadonlyArray<(r: Random, c: Cast) => string> = [
  (r, c) => `${full(c.person)} ${r.pick(REPORTING_VERBS)} that the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} would ${r.pick(VERBS)} ${r.pick(GROUPS)} in ${full(c.place)} before ${r.pick(TIME_REFS)}.`,
  (r, c) => `The ${full(c.org)} ${r.pick(PAST_VERBS)} the ${r.pick(NOUNS)} on ${r.pick(WEEKDAYS)}, according to ${r.pick(['two', 'three', 'several'])} people familiar with the talks.`,
  (r, c) => `Officials in ${full(c.place)} described the ${r.pick(NOUNS)} as ${r.pick(ADJECTIVES)} but said ${r.pick(GROUPS)} had not been consulted.`,
  (r, c) => `"We are not going to ${r.pick(VERBS)} the ${r.pick(NOUNS)} without a proper vote," ${short(c.person)} said.`,
  (r, c) => `According to a ${r.pick(DOCUMENTS)} seen by ${c.outlet}, the ${full(c.org)} had ${r.pick(PAST_VERBS)} ${small(r)} ${r.pick(PLURAL_NOUNS)} since ${r.pick(MONTHS)}.`,
  (r, c) => `${short(c.person)}, ${c.person.role ?? 'an official'}, ${r.pick(ADVERBS)} ${r.pick(PAST_VERBS)} the ${r.pick(NOUNS)} at a meeting in ${full(c.place)}.`,
  (r) => {
    const [helped, ignored] = r.sample(GROUPS, 2);
    return `Critics say the ${r.pick(NOUNS)} ${r.pick(THIRD_PERSON)} ${helped} while doing little for ${ignored}.`;
  },
  (r, c) => `The ${full(c.org2)} did not respond to a request for comment on the ${r.pick(NOUNS)}.`,
  (r, c) => `${r.pick(CONNECTIVES)} the ${full(c.org)} ${r.pick(REPORTING_VERBS)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} was still under review.`,
  (r, c) => `About ${r.int(4, 61)} percent of ${r.pick(PLURAL_NOUNS)} in ${full(c.place)} were affected, the ${full(c.org2)} estimated.`,
  (r) => `The ${r.pick(NOUNS)} is expected to cost ${money(r)}, up from an earlier estimate of ${money(r)}.`,
  (r, c) => `${full(c.other)} is due to appear before the Regional Assembly on ${r.pick(WEEKDAYS)} to answer questions about the ${r.pick(NOUNS)}.`,
  (r, c) => `Talks between the ${full(c.org)} and the ${full(c.org2)} broke down late on ${r.pick(WEEKDAYS)} over the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`,
  (r, c) => `In ${full(c.place)}, ${r.pick(GROUPS)} gathered outside the offices of the ${full(c.org)} to protest against the ${r.pick(NOUNS)}.`,
  (r, c) => `${short(c.other)} ${r.pick(REPORTING_VERBS)} the ${r.pick(NOUNS)} had been "${r.pick(ADJECTIVES)} from the start" and called for a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`,
  (r, c) => `The ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} was first proposed in ${r.pick(MONTHS)} by ${full(c.other)}, who has since ${r.pick(ADVERBS)} changed position.`,
  (r, c) => `A spokesperson for the ${full(c.org)} said the figures would be published after ${r.pick(TIME_REFS)}.`,
  (r, c) => `Local reporting suggests ${r.pick(GROUPS)} in ${full(c.place)} have been waiting since ${r.pick(MONTHS)} for a decision on the ${r.pick(NOUNS)}.`,
  (r, c) => `${short(c.person)} declined to say whether the ${full(c.org)} would ${r.pick(VERBS)} the ${r.pick(NOUNS)} if the ${r.pick(NOUNS)} failed.`,
  (r, c) => `Neither the ${full(c.org2)} nor ${full(c.other)} would say who ordered the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`,
  (r) => `The ${r.pick(NOUNS)} comes ${r.pick(['two', 'three', 'six', 'nine'])} weeks after a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} left ${small(r)} ${r.pick(PLURAL_NOUNS)} without support.`,
  (r, c) => `${short(c.person)} is under pressure from ${r.pick(GROUPS)} to ${r.pick(VERBS)} the ${r.pick(NOUNS)} before ${r.pick(TIME_REFS)}.`,
];

/**
 * The one sentence of each paragraph that carries its unique number. The
 * number is unique across the whole dossier, so a quote that includes it
 * occurs exactly once and no two articles' texts are ever the same.
 */
const UNIQUE_SENTENCES: ReadonlyArray<(r: Random, c: Cast, n: string) => string> = [
  (r, c, n) => `By the latest count, ${n} ${r.pick(PLURAL_NOUNS)} in ${full(c.place)} are covered by the ${r.pick(NOUNS)}.`,
  (r, c, n) => `The ${full(c.org)} put the figure at ${n} ${r.pick(PLURAL_NOUNS)}, a number that ${short(c.person)} disputed.`,
  (r, c, n) => `Records seen by ${c.outlet} list ${n} ${r.pick(PLURAL_NOUNS)} registered in ${full(c.place)} alone.`,
  (r, _c, n) => `The ${r.pick(DOCUMENTS)} refers to a total of ${n} ${r.pick(PLURAL_NOUNS)} across the region.`,
];

export const articleSentence = (r: Random, c: Cast) => r.pick(ARTICLE_SENTENCES)(r, c);
export const uniqueSentence = (r: Random, c: Cast, n: number) => r.pick(UNIQUE_SENTENCES)(r, c, n.toLocaleString('en-US'));

/** Headlines; plain words only, so they make readable ids. */
const HEADLINES: ReadonlyArray<(r: Random, c: Cast) => string> = [
  (r, c) => `${full(c.org)} ${r.pick(PAST_VERBS)} ${r.pick(NOUNS)} amid anger among ${r.pick(GROUPS)}`,
  (r, c) => `${short(c.person)} says ${r.pick(NOUNS)} will ${r.pick(VERBS)} ${r.pick(GROUPS)}`,
  (r, c) => `${full(c.place)} ${r.pick(PLURAL_NOUNS)} face ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`,
  (r, c) => `${full(c.org)} and ${full(c.org2)} clash over ${r.pick(NOUNS)}`,
  (r, c) => `What the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} means for ${full(c.place)}`,
  (r, c) => `${short(c.other)} calls for ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} after ${r.pick(WEEKDAYS)} talks fail`,
];

export const headline = (r: Random, c: Cast) => capitalise(r.pick(HEADLINES)(r, c));

/** The analyst's sentences of a topic page, each followed by its citations. */
const TOPIC_SENTENCES: ReadonlyArray<(r: Random, c: Cast, subject: string) => string> = [
  (r, c) => `The ${full(c.org)} ${r.pick(PAST_VERBS)} the ${r.pick(NOUNS)} after weeks of pressure from ${r.pick(GROUPS)}`,
  (r, c) => `${full(c.person)} has ${r.pick(ADVERBS)} ${r.pick(PAST_VERBS)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}, according to at least one report`,
  (r, c) => `Reports differ on whether ${r.pick(GROUPS)} in ${full(c.place)} were consulted before the ${r.pick(NOUNS)} was ${r.pick(PAST_VERBS)}`,
  (r) => `The cost of the ${r.pick(NOUNS)} remains unclear, with estimates ranging from ${money(r)} to ${money(r)}`,
  (r, c) => `${short(c.person)} is reported to have ${r.pick(PAST_VERBS)} the ${r.pick(NOUNS)} at a closed meeting in ${full(c.place)}`,
  (r) => `Several outlets describe the ${r.pick(NOUNS)} as ${r.pick(ADJECTIVES)}, though none names its source`,
  (r, c) => `The ${full(c.org)} and the ${full(c.org2)} disagree about the timetable for the ${r.pick(NOUNS)}`,
  (r) => `There is no independent confirmation that the ${r.pick(NOUNS)} will ${r.pick(VERBS)} ${r.pick(GROUPS)}`,
  (r, _c, subject) => `Local reporting links the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} to ${subject}`,
  (r, c) => `${capitalise(r.pick(GROUPS))} in ${full(c.place)} say they learned of the ${r.pick(NOUNS)} from the press`,
  (r, c) => `${full(c.other)} has linked the ${r.pick(NOUNS)} to the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} announced in ${r.pick(MONTHS)}`,
  (r, c) => `Accounts of the ${r.pick(WEEKDAYS)} meeting between ${short(c.person)} and ${short(c.other)} diverge on almost every detail`,
];

export const topicSentence = (r: Random, c: Cast, subject: string) => r.pick(TOPIC_SENTENCES)(r, c, subject);

export const wordCount = (text: string) => text.split(/\s+/u).filter((w) => w !== '').length;
