/**
 * The synthetic dossier generator: writes a content folder of the same shape
 * as `content/` (dossier.md, articles/, topics/, claims/, timeline.yaml,
 * entities.yaml, origins.yaml) with N articles, for the benchmark to build.
 *
 * Everything is derived from a seed, and each article from (seed, its
 * number) alone, so the same seed gives the same files, and a smaller
 * dossier is a prefix of a bigger one. Every citation is checked against
 * the project's quoting rule (exactly once in the article, on word
 * boundaries) before it is written, so the dossier builds without errors.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { firstMomentOf, isoDayOf } from '../../src/lib/dates/partial-date.ts';
import { slug } from '../../src/lib/text/slug.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import { articleSentence, capitalise, headline, topicSentence, uniqueSentence, wordCount, type Cast } from './prose.ts';
import {
  GROUPS, NOUNS, ORGANISATIONS, OUTLETS, PAST_VERBS, PEOPLE, PLACES, PLURAL_NOUNS, TIME_REFS, TOPIC_SUBJECTS, WIRE_SOURCES,
  type EntitySpec,
} from './vocabulary.ts';

/** One generated source article. */
export interface Article {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly url: string;
  readonly published: string;
  readonly added: string;
  /** The statement it rests on, for wire copies (a tenth of the articles). */
  readonly derivedFrom?: string;
  readonly cast: Cast;
  readonly paragraphs: readonly string[];
  /** Per paragraph, the sentence holding the dossier-wide unique number. */
  readonly uniqueSentences: readonly string[];
}

export interface GeneratedDossier {
  readonly dir: string;
  readonly articleCount: number;
  readonly topicSlugs: readonly string[];
  /** A word that occurs in many articles, for the search measurements. */
  readonly searchWord: string;
  readonly citationCount: number;
}

/** The dossier's "today": every date of the generated content is on or before it. */
const UPDATED = '2026-01-15';
const ARTICLE_WORDS = 640;
/** Numbers per article reserved for unique phrases; more than the 10 paragraphs an article can have. */
const NUMBERS_PER_ARTICLE = 16;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** YAML scalars are written as JSON strings: valid YAML, and no quoting surprises. */
const yamlString = (text: string) => JSON.stringify(text);

const FIRST_DAY = firstMomentOf('2024-01-01')!.getTime();
const DAY_MS = 86_400_000;
/** The date `day` days after the first day of 2024. */
const isoDate = (day: number) => isoDayOf(new Date(FIRST_DAY + day * DAY_MS));
const DAYS_UNTIL_UPDATED = Math.round((firstMomentOf(UPDATED)!.getTime() - FIRST_DAY) / DAY_MS);

function castFor(r: Random, outlet: string): Cast {
  const [person, other] = r.sample(PEOPLE, 2) as [EntitySpec, EntitySpec];
  const [org, org2] = r.sample(ORGANISATIONS, 2) as [EntitySpec, EntitySpec];
  return { person, other, org, org2, place: r.pick(PLACES), outlet };
}

/** Article number `index` of the dossiers made from `seed`; independent of the dossier's size. */
export function makeArticle(seed: number, index: number): Article {
  const r = createRandom(mixSeed(seed, index));
  const outlet = r.pick(OUTLETS);
  const cast = castFor(r, outlet.name);
  const title = headline(r, cast);
  // Spread over 2024–2025, kept roughly in article order like a growing archive.
  const day = Math.min(DAYS_UNTIL_UPDATED - 20, Math.floor((index % 2000) * 0.35) + r.int(0, 30));
  const published = isoDate(day);
  const added = isoDate(Math.min(DAYS_UNTIL_UPDATED, day + r.int(0, 10)));
  const id = `${published}-${slug(title).split('-').slice(0, 5).join('-')}-${pad(index, 5)}`;

  const paragraphCount = r.int(6, 10);
  const paragraphs: string[] = [];
  const uniqueSentences: string[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    // Each paragraph is a run of sentences up to its share of the ~640 words,
    // with the unique-number sentence at a random place among them.
    const target = Math.round(ARTICLE_WORDS / paragraphCount) + r.int(-12, 12);
    const unique = uniqueSentence(r, cast, 1000 + (index * NUMBERS_PER_ARTICLE + p) * 7);
    const sentences = [unique];
    let words = wordCount(unique);
    while (words < target - 8) {
      const sentence = articleSentence(r, cast);
      sentences.splice(r.int(0, sentences.length), 0, sentence);
      words += wordCount(sentence);
    }
    paragraphs.push(sentences.join(' '));
    uniqueSentences.push(unique);
  }
  return {
    index,
    id,
    title,
    outlet: outlet.name,
    url: `https://${outlet.domain}/${published.replaceAll('-', '/')}/${slug(title)}`,
    published,
    added,
    ...(r.chance(0.1) ? { derivedFrom: r.pick(WIRE_SOURCES).id } : {}),
    cast,
    paragraphs,
    uniqueSentences,
  };
}

/** The origins articles derive from (`derived_from` names their ids). */
function originsFile(): string {
  return `${WIRE_SOURCES.map((o) => `- id: ${o.id}\n  name: ${yamlString(o.name)}\n  kind: ${o.kind}`).join('\n\n')}\n`;
}

export function articleFile(article: Article): string {
  const frontmatter = [
    '---',
    `title: ${yamlString(article.title)}`,
    `outlet: ${yamlString(article.outlet)}`,
    `published: ${yamlString(article.published)}`,
    `url: ${yamlString(article.url)}`,
    `added: ${yamlString(article.added)}`,
    `language: "en"`,
    ...(article.derivedFrom ? [`derived_from: [${yamlString(article.derivedFrom)}]`] : []),
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${article.paragraphs.join('\n\n')}\n`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * How often `quote` occurs in the article's paragraphs on word boundaries:
 * the rule the build applies (src/lib/citations/match.ts), restated here so
 * the generator does not depend on the code it measures. The generated text
 * is already in normal form (single spaces), so no normalisation is needed.
 */
export function occurrences(paragraphs: readonly string[], quote: string): number {
  let count = 0;
  for (const text of paragraphs) {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const end = at + quote.length;
      const startsInside = WORD_CHAR.test(text[at] ?? '') && WORD_CHAR.test(text[at - 1] ?? '');
      const endsInside = WORD_CHAR.test(text[end - 1] ?? '') && WORD_CHAR.test(text[end] ?? '');
      if (!startsInside && !endsInside) count++;
    }
  }
  return count;
}

const SENTENCE_END = /(?<=[.!?]"?)\s+(?=["A-Z])/u;

/** A 4–8 word run of one sentence, without quote marks (they would end the citation's quote early) or trailing punctuation. */
function span(r: Random, sentence: string, length: number): string | undefined {
  const tokens = sentence.split(' ');
  if (tokens.length < length) return undefined;
  const start = r.int(0, tokens.length - length);
  const words = tokens.slice(start, start + length);
  if (words.some((w) => /["“”;[\]]/u.test(w))) return undefined;
  return words.join(' ').replace(/[,.:!?]+$/u, '');
}

/**
 * A quote that locates one passage of `article`: a random span, verified to
 * occur exactly once on word boundaries. Template prose repeats itself, so
 * after a few misses it falls back to a span around the paragraph's unique
 * number, which cannot occur twice.
 */
export function pickQuote(r: Random, article: Article): string {
  for (let attempt = 0; attempt < 12; attempt++) {
    const paragraph = article.paragraphs[r.int(0, article.paragraphs.length - 1)]!;
    const quote = span(r, r.pick(paragraph.split(SENTENCE_END)), r.int(4, 8));
    if (quote && occurrences(article.paragraphs, quote) === 1) return quote;
  }
  const sentence = r.pick(article.uniqueSentences);
  const tokens = sentence.split(' ');
  const at = tokens.findIndex((t) => /\d,\d{3}/u.test(t));
  const from = Math.max(0, at - r.int(1, 3));
  const quote = tokens.slice(from, Math.max(from + 4, at + 3)).join(' ').replace(/[,.:!?]+$/u, '');
  if (occurrences(article.paragraphs, quote) !== 1) throw new Error(`No unique quote in ${article.id}: ${quote}`);
  return quote;
}

const cite = (r: Random, articles: readonly Article[]) =>
  `[${articles.map((a) => `@${a.id}, "${pickQuote(r, a)}"`).join('; ')}]`;

interface Topic {
  readonly slug: string;
  readonly title: string;
  readonly subject: string;
  readonly order: number;
}

function topicsFor(count: number): Topic[] {
  return Array.from({ length: count }, (_, k) => {
    const subject = TOPIC_SUBJECTS[k % TOPIC_SUBJECTS.length]!;
    const part = Math.floor(k / TOPIC_SUBJECTS.length);
    const title = capitalise(subject.replace(/^the /u, '')) + (part > 0 ? `, part ${part + 1}` : '');
    return { slug: slug(title), title, subject, order: k + 1 };
  });
}

/**
 * A topic page of ~400 words with 15–40 citations: key judgments (each with
 * confidence and basis), then what is known and what remains unclear.
 */
function topicFile(r: Random, topic: Topic, articles: readonly Article[]): { text: string; citations: number } {
  const cast = castFor(r, 'local outlets');
  const firstHand = articles.filter((a) => !a.derivedFrom);
  const [a, b, c, d] = r.sample(firstHand.length >= 4 ? firstHand : articles, 4) as [Article, Article, Article, Article];
  // High confidence rests on two first-hand reports (two independent origins),
  // so the build's confidence check has nothing to warn about.
  const judgments = [
    `- **High confidence.** ${topicSentence(r, cast, topic.subject)} ${cite(r, [a, b])}. *Basis:* two independent reports agree and none contradicts them. {#corroborated}`,
    `- **Moderate confidence.** ${topicSentence(r, cast, topic.subject)} ${cite(r, [c])}. *Basis:* a single first-hand report, not contradicted elsewhere. {#first-hand}`,
    `- **Low confidence.** ${topicSentence(r, cast, topic.subject)} ${cite(r, [d])}. *Basis:* one report that does not name its source. {#unsourced}`,
  ];
  let citations = 4;
  const wanted = r.int(15, 40) - citations;
  // Enough sentences for ~400 words; citations spread evenly over them, two
  // in one bracket where there are more citations than sentences.
  const sentenceCount = 24;
  const perSentence = Array.from({ length: sentenceCount }, (_, i) => Math.floor(((i + 1) * wanted) / sentenceCount) - Math.floor((i * wanted) / sentenceCount));
  const sentences = perSentence.map((n) => {
    const text = topicSentence(r, cast, topic.subject);
    citations += n;
    return n === 0 ? `${text}.` : `${text} ${cite(r, r.sample(articles, n))}.`;
  });
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = r.int(3, 5);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  const unclear = paragraphs.pop()!;
  const text = [
    '---',
    `title: ${yamlString(topic.title)}`,
    `summary: ${yamlString(`What the reports say about ${topic.subject}, where they agree and where they part ways.`)}`,
    `order: ${topic.order}`,
    `updated: ${yamlString(UPDATED)}`,
    '---',
    '',
    '## Key judgments',
    '',
    ...judgments,
    '',
    '## What is known',
    '',
    paragraphs.join('\n\n'),
    '',
    '## What remains unclear',
    '',
    unclear,
    '',
  ].join('\n');
  return { text, citations };
}

/** A few claims per topic, each with 1–3 positions backed by different articles (a source takes one position per claim). */
function claimsFile(r: Random, topic: Topic, articles: readonly Article[]): string {
  const claims: string[] = [];
  const count = r.int(3, 5);
  for (let k = 0; k < count; k++) {
    const noun = r.pick(NOUNS);
    const [org, org2] = r.sample(ORGANISATIONS, 2) as [EntitySpec, EntitySpec];
    const templates: ReadonlyArray<readonly [string, readonly string[]]> = [
      [`Whether the ${noun} will go ahead before ${r.pick(TIME_REFS)}`, ['It will go ahead', 'It will be delayed', 'It has been scrapped']],
      [`Who is responsible for the ${noun}`, [`The ${org.name}`, `The ${org2.name}`, `${r.pick(PEOPLE).name}`]],
      [`How many ${r.pick(PLURAL_NOUNS)} the ${noun} affects`, [`Fewer than ${r.int(2, 9)}00`, `About ${r.int(10, 40)}00`, `More than ${r.int(5, 9)}000`]],
      [`Whether ${r.pick(GROUPS)} were consulted on the ${noun}`, ['They were consulted', 'They were not consulted']],
    ];
    const [statement, answers] = r.pick(templates);
    const positions = r.sample(answers, r.int(1, Math.min(3, answers.length)));
    const used = r.sample(articles, positions.length * 2);
    const lines = positions.map((position, i) => {
      const backers = used.slice(i * 2, i * 2 + r.int(1, 2));
      return `    - position: ${yamlString(position)}\n      cite: ${yamlString(cite(r, backers))}`;
    });
    claims.push(`- id: ${topic.slug}-${k + 1}\n  statement: ${yamlString(statement)}\n  positions:\n${lines.join('\n')}`);
  }
  return `${claims.join('\n\n')}\n`;
}

/** Two dated events per topic, each citing the article it is dated by. */
function timelineEvents(r: Random, topic: Topic, articles: readonly Article[]): string[] {
  return r.sample(articles, 2).map((a) => {
    const event = `The ${a.cast.org.name} ${r.pick(PAST_VERBS)} the ${r.pick(NOUNS)}`;
    return `- date: ${yamlString(a.published)}\n  event: ${yamlString(event)}\n  topic: ${topic.slug}\n  cite: ${yamlString(cite(r, [a]))}`;
  });
}

function entitiesFile(): string {
  const entries = [...PEOPLE, ...ORGANISATIONS, ...PLACES].map(
    (e) => `- name: ${yamlString(e.name)}\n  kind: ${e.kind}\n  aliases: [${e.aliases.map(yamlString).join(', ')}]`,
  );
  return `${entries.join('\n')}\n`;
}

function dossierFile(r: Random, articleCount: number, articles: readonly Article[]): string {
  const [a, b, c] = r.sample(articles, 3) as [Article, Article, Article];
  return [
    '---',
    `title: ${yamlString(`The Veyra coast: ${articleCount.toLocaleString('en-US')} reports`)}`,
    `summary: ${yamlString('A synthetic briefing on the port dispute, the grid upgrade and the regional election, generated for benchmarking.')}`,
    `updated: ${yamlString(UPDATED)}`,
    'language: "en"',
    '---',
    '',
    `The dispute over the port of Port Veyra has drawn in the Harbour Authority, the Coastal Workers Union and the Regional Assembly ${cite(r, [a, b])}. ` +
      `Reports differ on who is to blame for the delays, and on what the settlement will cost ${cite(r, [c])}.`,
    '',
  ].join('\n');
}

/**
 * Writes a dossier of `articleCount` articles into `dir` (which must not
 * exist yet or be empty) and returns what the benchmark needs to know about it.
 */
export async function generateDossier(dir: string, articleCount: number, seed: number): Promise<GeneratedDossier> {
  const articles = Array.from({ length: articleCount }, (_, i) => makeArticle(seed, i));
  const r = createRandom(mixSeed(seed, 0x70c5, articleCount));
  const topics = topicsFor(Math.max(3, Math.floor(articleCount / 100)));

  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await mkdir(path.join(dir, 'topics'), { recursive: true });
  await mkdir(path.join(dir, 'claims'), { recursive: true });
  for (const article of articles) await writeFile(path.join(dir, 'articles', `${article.id}.md`), articleFile(article));

  let citationCount = 0;
  const events: string[] = [];
  for (const topic of topics) {
    const { text, citations } = topicFile(r, topic, articles);
    citationCount += citations;
    await writeFile(path.join(dir, 'topics', `${topic.slug}.md`), text);
    await writeFile(path.join(dir, 'claims', `${topic.slug}.yaml`), claimsFile(r, topic, articles));
    events.push(...timelineEvents(r, topic, articles));
  }
  await writeFile(path.join(dir, 'timeline.yaml'), `${events.join('\n\n')}\n`);
  await writeFile(path.join(dir, 'entities.yaml'), entitiesFile());
  await writeFile(path.join(dir, 'origins.yaml'), originsFile());
  await writeFile(path.join(dir, 'dossier.md'), dossierFile(r, articleCount, articles));

  return { dir, articleCount, topicSlugs: topics.map((t) => t.slug), searchWord: mostCitedSurname(articles), citationCount };
}

/** The surname found in the most articles: a realistic query that is sure to have results. */
function mostCitedSurname(articles: readonly Article[]): string {
  const counts = new Map<string, number>();
  for (const person of PEOPLE) {
    const surname = person.aliases[person.aliases.length - 1]!;
    counts.set(surname, articles.filter((a) => a.paragraphs.some((p) => occurrences([p], surname) > 0)).length);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
}

/**
 * Article number `index` as a user hands it to `npm run add`: its text as a
 * plain-text file, its fields as the command's flags. Nothing cites it yet,
 * as with a freshly added article.
 */
export function articleToAdd(seed: number, index: number): { readonly text: string; readonly flags: readonly string[] } {
  const article = makeArticle(seed, index);
  return {
    text: `${article.paragraphs.join('\n\n')}\n`,
    flags: ['--title', article.title, '--outlet', article.outlet, '--published', article.published, '--url', article.url],
  };
}

/** For a look at the output: `node tests/bench/generate.ts <dir> [articles] [seed]`. */
if (import.meta.main) {
  const [dir, count = '100', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node tests/bench/generate.ts <dir> [articles] [seed]');
    process.exit(2);
  }
  const dossier = await generateDossier(path.resolve(dir), Number(count), Number(seed));
  console.log(`${dossier.articleCount} articles, ${dossier.topicSlugs.length} topics, ${dossier.citationCount} citations in ${dossier.dir}; search word "${dossier.searchWord}"`);
}
