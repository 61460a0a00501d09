/** A two-article corpus for the remark plugin's fixture tests. */
import { SearchableText } from '../../src/lib/citations/match.ts';
import type { Corpus } from '../../src/lib/citations/resolve.ts';
import type { Passage } from '../../src/lib/citations/match.ts';

const article = (id: string, title: string, outlet: string, published: string, paragraphs: string[]) => ({
  id,
  title,
  outlet,
  published,
  text: new SearchableText(paragraphs.map((text, i) => ({ number: i + 1, text }))),
});

/** Numbers of the sources, the labels markers show: in an order other than the ids’, to show sorting. */
export const sourceNumber = (id: string): number => (id === 'daily' ? 1 : 2);

export const corpus: Corpus = new Map(
  [
    article('wire-report', 'Leaders speak by phone', 'Wire', '2025-06-14', [
      'The two presidents spoke by phone on Saturday for about an hour.',
      'Both said the war \u201Cmust stop\u201D and agreed to talk again next week.',
    ]),
    article('daily', 'A fifty-minute call', 'Daily', '2025-06', [
      'The call lasted fifty minutes, the Kremlin said.',
      'It was the second call this month. The call was cordial.',
    ]),
  ].map((a) => [a.id, a]),
);

/** The plugin takes the URL it is given; these fixtures link to the cited paragraph. */
export const passageUrl = (id: string, passage: Passage) => `/sources/${id}/#p-${passage.paragraph}`;
