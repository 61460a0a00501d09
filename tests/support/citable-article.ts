/** A small citable article for unit tests of quote resolution and notes. */
import { SearchableText } from '../../src/lib/citations/match.ts';
import type { CitableArticle } from '../../src/lib/citations/resolve.ts';

export const fiftyMinuteCall: CitableArticle = {
  id: '2025-06-14-fifty-minute-call',
  title: 'Fifty-minute call',
  outlet: 'Unknown',
  published: '2025-06',
  text: new SearchableText([
    { number: 1, text: 'The call lasted fifty minutes. The call was cordial.' },
    { number: 2, text: 'It was their second direct conversation this month.' },
  ]),
};
