/** The cross-source pages of the seed dossier: claims ledger, timeline, entities. */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readPage } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { normalizeTypography } from '../../src/lib/text/normalize.ts';
import { parseContentFile } from '../../src/lib/content/files.ts';
import { TopicSchema, type WatchIndicatorData } from '../../src/schemas/topic.ts';
import { comparePartialDates } from '../../src/lib/dates/partial-date.ts';

const dist = inject('seedDist');
const SHORT = { '2025-06-14-putin-birthday-call-hopes': 'hopes', '2025-06-14-birthday-call-lengthy-and-substantive': 'lengthy', '2025-06-14-fifty-minute-call': 'fifty' } as const;

/** The cells of a claim's row, by source id (from the column's link). */
function rowBySource(page: ReturnType<typeof readPage>, claimId: string): Map<string, Element> {
  const row = select(`tr#claim-${claimId}`, page)!;
  const table = selectAll('table.ledger', page).find((t) => selectAll(`tr#claim-${claimId}`, t).length > 0)!;
  const headers = selectAll('thead th', table).slice(1).map((th) => String(select('a', th)!.properties['href']).split('/').at(-2)!);
  const cells = selectAll('td', row);
  return new Map(headers.map((id, i) => [id, cells[i]!]));
}

describe('/claims/', () => {
  const page = readPage(dist, 'claims/');

  /** The row header's text: statement, statuses, positions with their reports and origins, source errors. */
  const rowHeader = (claimId: string) => select(`tr#claim-${claimId} th`, page)!;
  const positionsOf = (claimId: string) => selectAll('.claim-positions > li', rowHeader(claimId)).map((li) => toText(li));
  const statusesOf = (claimId: string) => selectAll('.badge', rowHeader(claimId)).map((b) => toText(b));

  it('shows the call length as conflicting: fifty minutes from one seed, an hour from the other two, Trump’s figure named as his', () => {
    expect(statusesOf('call-length')).toEqual(['Conflicting']);
    const cells = rowBySource(page, 'call-length');
    const position = (id: keyof typeof SHORT) => toText(select('.cell-position', cells.get(id)!)!);
    expect(position('2025-06-14-fifty-minute-call')).toMatch(/fifty minutes/iu);
    expect(position('2025-06-14-putin-birthday-call-hopes')).toMatch(/hour/iu);
    expect(position('2025-06-14-birthday-call-lengthy-and-substantive')).toMatch(/hour/iu);
    // The report that puts the hour in Trump's words says so; the other's figure is its own.
    expect(selectAll('.cell-origin', cells.get('2025-06-14-putin-birthday-call-hopes')!).map((o) => toText(o).trim())).toContain('relays Trump’s Truth Social post');
    expect(selectAll('.cell-origin', cells.get('2025-06-14-birthday-call-lengthy-and-substantive')!)).toEqual([]);
  });

  it.each([
    ['ukraine-in-the-call', 'Touched on only briefly, by Trump’s account: 2 reports, 1 origin: Trump’s Truth Social post'],
    ['ukraine-follow-up', 'The following week, as Trump put it: 2 reports, 1 origin: Trump’s Truth Social post'],
  ])('%s reads as one origin, Trump, relayed by two reports', (claimId, text) => {
    expect(positionsOf(claimId)).toContain(text);
  });

  it('shows the two misstatements of Trump’s office as source errors, with their reasons, apart from the one position that stands', () => {
    expect(statusesOf('trumps-office')).toEqual(['Single origin', 'Source error']);
    expect(positionsOf('trumps-office')).toEqual([expect.stringMatching(/^Sitting U\.S\. president: 1 report, 1 origin: /u)]);
    const errors = selectAll('.claim-errors > li', rowHeader('trumps-office')).map((li) => toText(li));
    expect(errors).toEqual([
      expect.stringMatching(/^Source error: Former U\.S\. president \(1 report, 1 origin: .*\)\. Trump had been inaugurated for his second term on 20 January 2025/u),
      expect.stringMatching(/^Source error: President-elect awaiting inauguration \(1 report, 1 origin: .*\)\. An anachronism/u),
    ]);
  });

  it('shows “fifth” and “second this month” as compatible, with the reason', () => {
    expect(statusesOf('which-conversation')).toEqual(['Compatible']);
    expect(toText(select('.claim-compatible', rowHeader('which-conversation'))!)).toMatch(/^Both can hold: The counts cover different periods/u);
  });

  it('never counts one origin as two: each position names as many distinct origins as it counts', () => {
    const items = selectAll('.claim-positions > li, .claim-errors > li', page);
    expect(items.length).toBeGreaterThan(16);
    for (const li of items) {
      const text = toText(li);
      const count = Number(/(\d+) origins?\b/u.exec(text)![1]);
      // Names are separated by semicolons; own reporting names its report's title.
      const names = text.replace(/^.*?\d+ origins?: /u, '').replace(/\)\. .*$/u, '').split('; ');
      expect(new Set(names).size, text).toBe(count);
    }
  });

  it('lists each status with its meaning and count, and offers the statuses as a search filter', () => {
    const legend = selectAll('.status-legend dt', page).map((dt) => toText(dt));
    expect(legend).toEqual([expect.stringMatching(/^Corroborated \(\d+\)$/u), expect.stringMatching(/^Single origin \(\d+\)$/u), expect.stringMatching(/^Conflicting \(\d+\)$/u), 'Compatible (1)', 'Source error (1)']);
    expect(selectAll('[data-pagefind-filter="status[data-value]"]', page).map((f) => String(f.properties['dataValue']))).toEqual(['Corroborated', 'Single origin', 'Conflicting', 'Compatible', 'Source error']);
  });

  it('quotes each source in its cell and links to the passage holding the quote', () => {
    for (const row of selectAll('tr[id^="claim-"]', page)) {
      const cells = rowBySource(page, String(row.properties['id']).slice('claim-'.length));
      for (const [sourceId, cell] of cells) {
        for (const quote of selectAll('.cell-quote', cell)) {
          const link = String(select('a', quote)!.properties['href']);
          expect(link).toMatch(new RegExp(`^/sources/${sourceId}/#p-\\d+$`, 'u'));
          const target = select(`[id="${link.split('#')[1]}"]`, readPage(dist, `sources/${sourceId}/`))!;
          const words = toText(select('q', quote)!).replace(/…$/u, '');
          expect(normalizeTypography(toText(target))).toContain(normalizeTypography(words));
        }
      }
    }
  });

  it('covers the claims the seed ledger must hold', () => {
    const statements = selectAll('tr[id^="claim-"]', page).length;
    expect(statements).toBeGreaterThanOrEqual(8);
  });
});

describe('/timeline/', () => {
  const page = readPage(dist, 'timeline/');
  const dates = selectAll('.timeline-event time', page).map((t) => String(t.properties['dateTime']));

  it('lists 13 June 2025 before 14 June 2025, in date order', () => {
    expect(dates.indexOf('2025-06-13')).toBeGreaterThanOrEqual(0);
    expect(dates.indexOf('2025-06-14')).toBeGreaterThan(dates.indexOf('2025-06-13'));
    const key = (d: string) => (d.length === 7 ? `${d}-99` : d);
    expect([...dates].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(dates);
  });

  it('gives every event a citation of a passage', () => {
    for (const event of selectAll('.timeline-event', page)) {
      const links = selectAll('.timeline-cite a', event).map((a) => String(a.properties['href']));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^\/sources\/[a-z0-9-]+\/#p-\d+$/u);
    }
  });
});

describe('/entities/', () => {
  it('lists people, organisations and places with mention counts', () => {
    const page = readPage(dist, 'entities/');
    expect(selectAll('h2', page).map((h) => toText(h))).toEqual(['People', 'Organisations', 'Places']);
    expect(toText(select('a[href="/entities/yuri-ushakov/"]', page)!)).toBe('Yuri Ushakov');
  });

  it('/entities/yuri-ushakov/ lists his mentions in at least two sources, linking to the passages', () => {
    const page = readPage(dist, 'entities/yuri-ushakov/');
    const links = selectAll('.mentions a', page).map((a) => String(a.properties['href']));
    const sources = new Set(links.filter((l) => l.startsWith('/sources/')).map((l) => l.split('/')[2]));
    expect(sources.size).toBeGreaterThanOrEqual(2);
    for (const link of links.filter((l) => l.startsWith('/sources/'))) {
      const [pathname, fragment] = link.split('#') as [string, string];
      expect(toText(select(`[id="${fragment}"]`, readPage(dist, pathname))!)).toContain('Ushakov');
    }
  });
});

describe('topic pages', () => {
  it.each(['the-call', 'israel-iran-strikes', 'ukraine-prisoner-swaps'])('%s opens with key judgments that state confidence and basis, and shows its claims', (topic) => {
    const page = readPage(dist, `topics/${topic}/`);
    const firstHeading = select('.prose h2', page)!;
    expect(toText(firstHeading)).toBe('Key judgments');
    const judgments = selectAll('li.judgment', page);
    expect(judgments.length).toBeGreaterThan(0);
    for (const judgment of judgments) {
      expect(toText(select('.confidence', judgment)!)).toMatch(/^(High|Moderate|Low) confidence\.$/u);
      expect(toText(judgment)).toMatch(/Basis:/u);
    }
    expect(toText(select('#agree-disagree', page)!)).toBe('Where sources agree and disagree');
    expect(selectAll('.topic-ledger tr[id^="claim-"]', page).length).toBeGreaterThan(0);
  });

  it('marks a statement that rests on one voice with that origin, in the text and in each citation’s preview', () => {
    const page = readPage(dist, 'topics/the-call/');
    const paragraph = selectAll('.prose p', page).find((p) => toText(p).includes('By Trump’s account Iran came first'))!;
    // A source's own reporting is named by the source's label, as its preview heads it.
    const own = selectAll('.citation', paragraph).find((c) => toText(select('.citation-preview-origin', c)!) === 'Origin: this report’s own reporting')!;
    const label = /^\[\d+\]/u.exec(toText(select('.citation-preview-title', own)!))![0];
    expect(selectAll('.origin-mark', paragraph).map((m) => toText(m))).toEqual([' (one origin: Trump’s Truth Social post)', ` (one origin: source ${label}, own reporting)`]);
    expect(selectAll('.citation-preview-origin', paragraph).map((o) => toText(o))).toEqual(['Origin: Trump’s Truth Social post', 'Origin: Trump’s Truth Social post', 'Origin: Trump’s Truth Social post', 'Origin: this report’s own reporting']);
    // The opening judgment rests on four origins: no mark.
    expect(select('#judgment-call-happened .origin-mark', page)).toBeUndefined();
  });

  it.each([
    ['the-call', { 'putin-placed-call': 'Lowered from high to moderate on 23 November 2026: The reports relay one origin' }],
    ['israel-iran-strikes', {
      'sixth-round-cancelled': 'Lowered from moderate to low on 23 November 2026: One report alone carries the cancellation',
      'fire-during-call': 'Reworded \\(it read: “The exchange of fire was still going on when the call took place and into that Saturday night\\.”\\) on 23 November 2026: The report has fire again only by late Saturday',
    }],
  ] as const)('%s shows each dated change under its judgment, and no other judgment has a history', (topic, changes: Record<string, string>) => {
    const page = readPage(dist, `topics/${topic}/`);
    for (const [id, sentence] of Object.entries(changes)) {
      const changed = select(`li.judgment#judgment-${id}`, page)!;
      expect(selectAll('.judgment-history > li', changed).map((li) => toText(li)), id).toEqual([expect.stringMatching(new RegExp(`^${sentence}.*\\.$`, 'u'))]);
    }
    const others = selectAll('li.judgment', page).filter((li) => !Object.keys(changes).some((id) => li.properties['id'] === `judgment-${id}`));
    expect(others.every((li) => String(li.properties['id']).startsWith('judgment-') && !select('.judgment-history', li))).toBe(true);
  });
});


/** The seed topics' indicators to watch, as their frontmatter lists them, by topic slug. */
function seedIndicators(): Map<string, readonly WatchIndicatorData[]> {
  const folder = path.join(PROJECT_ROOT, 'content', 'topics');
  return new Map(
    readdirSync(folder).map((name) => {
      const parsed = parseContentFile(`content/topics/${name}`, readFileSync(path.join(folder, name), 'utf8'), TopicSchema);
      if (!parsed.ok) throw new Error(`content/topics/${name} does not parse`);
      return [parsed.value.id, parsed.value.data.watch ?? []] as const;
    }),
  );
}

describe('what to watch', () => {
  const indicators = seedIndicators();
  const all = [...indicators.values()].flat();
  const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

  it('the seed topics list indicators, each bearing on a key judgment', () => {
    for (const [slug, list] of indicators) expect(list.length, slug).toBeGreaterThan(0);
  });

  it.each([...seedIndicators()])('/topics/%s/ lists its indicators with their dates, linking to the key judgments they bear on', (slug, list) => {
    const page = readPage(dist, `topics/${slug}/`);
    expect(toText(select('#what-to-watch', page)!)).toBe('What to watch');
    const items = selectAll('.topic-watch .watch-item', page);
    const expected = [...list].sort((a, b) => comparePartialDates(a.expected_by, b.expected_by));
    expect(items.map((item) => squash(toText(select('.watch-what', item)!)))).toEqual(expected.map((i) => i.indicator));
    items.forEach((item, i) => {
      expect(select('.watch-when time', item)!.properties['dateTime']).toBe(expected[i]!.expected_by);
      const links = selectAll('a.watch-judgment', item).map((a) => String(a.properties['href']));
      expect(links).toEqual(expected[i]!.judgments.map((id) => `/topics/${slug}/#judgment-${id}`));
      for (const id of expected[i]!.judgments) expect(select(`li.judgment#judgment-${id}`, page), id).toBeDefined();
      if (expected[i]!.reviewed) expect(squash(toText(select('.watch-review', item)!))).toMatch(new RegExp(`^Reviewed \\d{1,2} \\w+ \\d{4}: `, 'u'));
    });
  });

  it('the home page lists every topic’s indicators, soonest first, each linking to its topic', () => {
    const page = readPage(dist, '');
    const items = selectAll('.watch-item', page);
    expect(items).toHaveLength(all.length);
    const dates = items.map((item) => String(select('.watch-when time', item)!.properties['dateTime']));
    expect(dates).toEqual([...dates].sort(comparePartialDates));
    for (const item of items) {
      const what = squash(toText(select('.watch-what', item)!));
      const topicLink = String(select('.watch-meta a:not(.watch-judgment)', item)!.properties['href']);
      const slug = topicLink.split('/').at(-2)!;
      expect(indicators.get(slug)!.map((i) => i.indicator)).toContain(what);
    }
  });

  it('the timeline shows each indicator at its date among the events, marked as expected, not as happened', () => {
    const page = readPage(dist, 'timeline/');
    const entries = selectAll('.timeline > li', page);
    const expected = entries.filter((li) => (li.properties['className'] as string[]).includes('timeline-expected'));
    expect(expected.map((li) => squash(toText(select('.timeline-what', li)!))).sort()).toEqual(all.map((i) => i.indicator).sort());
    for (const li of expected) {
      expect(squash(toText(select('.timeline-date', li)!))).toMatch(/^Expected by /u);
      expect(toText(select('.timeline-meta', li)!)).toContain('An indicator to watch, not an event.');
      expect(select('.timeline-cite', li)).toBeUndefined();
    }
    const dates = entries.map((li) => String(select('.timeline-date time', li)!.properties['dateTime']));
    expect(dates.indexOf('2025-06-22')).toBeGreaterThan(dates.indexOf('2025-06-14'));
    expect([...dates].sort(comparePartialDates)).toEqual(dates);
  });
});
