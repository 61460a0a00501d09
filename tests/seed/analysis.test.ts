/** The cross-source pages of the seed dossier: claims ledger, timeline, entities. */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { ledgerParts, readPage } from '../support/html.ts';

// The seed project runs only when the dossier under test is the seed: its build is the shared site.
const dist = inject('siteDist');
const SHORT = { '2025-06-14-putin-birthday-call-hopes': 'hopes', '2025-06-14-birthday-call-lengthy-and-substantive': 'lengthy', '2025-06-14-fifty-minute-call': 'fifty' } as const;

/** The cells of a claim's row, by source id (from the column's link). */
function rowBySource(page: ReturnType<typeof readPage>, claimId: string): Map<string, Element> {
  const row = select(`tr#claim-${claimId}`, page)!;
  const table = selectAll('table.ledger', page).find((t) => selectAll(`tr#claim-${claimId}`, t).length > 0)!;
  const headers = selectAll('thead th', table).slice(1).map((th) => String(select('a', th)!.properties['href']).split('/').at(-2)!);
  const cells = selectAll('td', row);
  return new Map(headers.map((id, i) => [id, cells[i]!]));
}

describe('the claims ledger: /claims/ and its parts', () => {
  const contents = readPage(dist, 'claims/');
  const parts = ledgerParts(dist);
  /** The part whose table has the claim's row. */
  const partOf = (claimId: string) => parts.find(({ page }) => select(`tr#claim-${claimId}`, page))!.page;

  /** The row header's text: statement, statuses, positions with their reports and origins, source errors. */
  const rowHeader = (claimId: string) => select(`tr#claim-${claimId} th`, partOf(claimId))!;
  const positionsOf = (claimId: string) => selectAll('.claim-positions > li', rowHeader(claimId)).map((li) => toText(li));
  const statusesOf = (claimId: string) => selectAll('.badge', rowHeader(claimId)).map((b) => toText(b));
  const LABELS = ['Corroborated', 'Single origin', 'Unattributed', 'Conflicting', 'Compatible', 'Source error'];
  /** A legend's entries: label and count. */
  const legendOf = (page: ReturnType<typeof readPage>) => selectAll('.status-legend dt', page).map((dt) => /^(.+) \((\d+)\)$/u.exec(toText(dt))!).map(([, label, count]) => [label!, Number(count)] as const);

  it('shows who placed the call as Single origin, Trump’s post, the reports that narrate it without attribution shown as unattributed', () => {
    expect(statusesOf('who-placed-the-call')).toEqual(['Single origin']);
    expect(positionsOf('who-placed-the-call')).toEqual(['Putin called Trump: 3 reports: 1 named origin, Trump’s own account (his Truth Social post and remarks); 2 unattributed']);
    const cells = rowBySource(partOf('who-placed-the-call'), 'who-placed-the-call');
    expect(selectAll('.cell-origin', cells.get('2025-06-14-fifty-minute-call')!).map((o) => toText(o).trim())).toEqual(['unattributed']);
  });

  it('shows the call length as compatible by rounding, with the reason: fifty minutes from one seed, an hour from the other two, Trump’s figure named as his', () => {
    expect(statusesOf('call-length')).toEqual(['Compatible']);
    expect(toText(select('.claim-compatible', rowHeader('call-length'))!)).toMatch(/^Can all hold \(rounding\): /u);
    const cells = rowBySource(partOf('call-length'), 'call-length');
    const position = (id: keyof typeof SHORT) => toText(select('.cell-position', cells.get(id)!)!);
    expect(position('2025-06-14-fifty-minute-call')).toMatch(/fifty minutes/iu);
    expect(position('2025-06-14-putin-birthday-call-hopes')).toMatch(/hour/iu);
    expect(position('2025-06-14-birthday-call-lengthy-and-substantive')).toMatch(/hour/iu);
    // The report that puts the hour in Trump's words says so; the other's figure has no origin it names.
    expect(selectAll('.cell-origin', cells.get('2025-06-14-putin-birthday-call-hopes')!).map((o) => toText(o).trim())).toContain('relays Trump’s own account (his Truth Social post and remarks)');
    expect(selectAll('.cell-origin', cells.get('2025-06-14-birthday-call-lengthy-and-substantive')!).map((o) => toText(o).trim())).toEqual(['unattributed']);
  });

  it.each(['putin-on-strikes', 'strikes-scale', 'irans-response'])('does not show %s as conflicting: its positions can all hold, or are one', (claimId) => {
    expect(statusesOf(claimId)).not.toContain('Conflicting');
  });

  it.each([
    ['ukraine-in-the-call', 'Touched on only briefly, by Trump’s account: 2 reports: 1 named origin, Trump’s own account (his Truth Social post and remarks)'],
    ['ukraine-follow-up', 'The following week, as Trump hinted: 2 reports: 1 named origin, Trump’s own account (his Truth Social post and remarks)'],
  ])('%s reads as one origin, Trump, relayed by two reports', (claimId, text) => {
    expect(positionsOf(claimId)).toContain(text);
  });

  it('shows the misstatement of Trump’s office as a source error, with its reason, apart from the position that stands', () => {
    expect(statusesOf('trumps-office')).toEqual(['Unattributed', 'Source error']);
    expect(positionsOf('trumps-office')).toEqual([expect.stringMatching(/^Sitting U\.S\. president: 2 reports: no named origin; 2 unattributed$/u)]);
    const errors = selectAll('.claim-errors > li', rowHeader('trumps-office')).map((li) => toText(li));
    expect(errors).toEqual([expect.stringMatching(/^Source error: Former U\.S\. president \(1 report: no named origin; 1 unattributed\)\. Trump had been inaugurated for his second term on 20 January 2025/u)]);
  });

  it('shows “fifth” and “second this month” as compatible, with the reason', () => {
    expect(statusesOf('which-conversation')).toEqual(['Compatible']);
    expect(toText(select('.claim-compatible', rowHeader('which-conversation'))!)).toMatch(/^Can all hold \(different scope\): One report counts official conversations/u);
  });

  it('never counts one origin as two, nor an unattributed report as an origin: each position names as many distinct origins as it counts', () => {
    const items = parts.flatMap(({ page }) => selectAll('.claim-positions > li, .claim-errors > li', page));
    expect(items.length).toBeGreaterThan(16);
    for (const li of items) {
      const text = toText(li).replace(/\)\. .*$/u, '');
      const count = /no named origin/u.test(text) ? 0 : Number(/(\d+) named origins?\b/u.exec(text)![1]);
      const names = count === 0 ? [] : text.replace(/^.*?\d+ named origins?, /u, '').replace(/; \d+ unattributed$/u, '').split('; ');
      expect(new Set(names).size, text).toBe(count);
      for (const name of names) expect(name, text).not.toMatch(/unattributed/u);
    }
  });

  it('lists each status with its meaning and count on the contents, and on each part its own; each part offers its statuses as a search filter', () => {
    expect(legendOf(contents).map(([label]) => label)).toEqual(LABELS);
    for (const { path, page } of parts) {
      const own = legendOf(page).map(([label]) => label);
      expect(own.length, path).toBeGreaterThan(0);
      expect(selectAll('[data-pagefind-filter="status[data-value]"]', page).map((f) => String(f.properties['dataValue'])), path).toEqual(own);
    }
    // The contents' counts are the parts' added up.
    expect(legendOf(contents)).toEqual(LABELS.map((label) => [label, parts.reduce((sum, { page }) => sum + (legendOf(page).find(([l]) => l === label)?.[1] ?? 0), 0)]));
    expect(selectAll('[data-pagefind-filter]', contents)).toEqual([]);
  });

  it('lists each topic of the seed on the contents, conflicting claims first, with the counts its part shows, and each part links back to the contents and to its topic', () => {
    expect(parts.map(({ path }) => path)).toEqual(['claims/the-call/', 'claims/israel-iran-strikes/', 'claims/ukraine-prisoner-swaps/']);
    const heads = selectAll('.ledger-contents thead th', contents).map((th) => toText(th));
    expect(heads).toEqual(['Topic', 'Claims', 'Conflicting', ...LABELS.filter((label) => label !== 'Conflicting')]);
    for (const [i, row] of selectAll('.ledger-contents tbody tr', contents).entries()) {
      const { path, page } = parts[i]!;
      const rows = selectAll('tr[id^="claim-"]', page);
      const counts = selectAll('td', row).map((td) => Number.parseInt(toText(td), 10));
      expect(counts, path).toEqual([rows.length, ...heads.slice(2).map((label) => rows.filter((r) => selectAll('.badge', r).some((b) => toText(b) === label)).length)]);
      const links = selectAll('.page-meta a', page).map((a) => String(a.properties['href']));
      expect(links, path).toEqual(['/claims/', `/topics/${path.split('/')[1]}/`]);
    }
  });

  it('is the one source of every verdict a page shows: each claim reference on the topics and the briefing shows the statuses of the claim’s row, and links to it', () => {
    const references = ['', 'topics/the-call/', 'topics/israel-iran-strikes/', 'topics/ukraine-prisoner-swaps/'].flatMap((url) => selectAll('.claim-ref', readPage(dist, url)));
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const links = selectAll('a.badge', reference);
      const href = String(links[0]!.properties['href']);
      expect(href).toMatch(/^\/claims\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/u);
      const claimId = href.split('#claim-')[1]!;
      // The row is on the part the link names, and shows the reference's statuses.
      expect(select(`tr#claim-${claimId}`, readPage(dist, href.slice(1).split('#')[0]!)), href).toBeTruthy();
      expect(links.map((a) => toText(a)), claimId).toEqual(statusesOf(claimId));
    }
  });

  it('quotes each source in its cell and links to the passage holding the quote', () => {
    for (const { page } of parts) for (const row of selectAll('tr[id^="claim-"]', page)) {
      const cells = rowBySource(page, String(row.properties['id']).slice('claim-'.length));
      for (const [sourceId, cell] of cells) {
        for (const quote of selectAll('.cell-quote', cell)) {
          const link = String(select('a', quote)!.properties['href']);
          expect(link).toMatch(new RegExp(`^/sources/${sourceId}/#p-\\d+$`, 'u'));
          const target = select(`[id="${link.split('#')[1]}"]`, readPage(dist, `sources/${sourceId}/`))!;
          const words = toText(select('q', quote)!).replace(/…$/u, '');
          // The quote's words as the passage prints them, its curly quotation marks straightened into plain ones.
          expect(toText(target).replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'")).toContain(words.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'"));
        }
      }
    }
  });

  it('covers the claims the seed ledger must hold', () => {
    const statements = parts.flatMap(({ page }) => selectAll('tr[id^="claim-"]', page)).length;
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

  it('shows an event the sources place between two days as the range, after the first day’s events and before the next day’s', () => {
    const entries = selectAll('.timeline-event', page).map((li) => ({ time: select('time', li)!, text: toText(select('.timeline-date', li)!) }));
    const range = entries.findIndex((e) => /–/u.test(e.text));
    expect(range).toBeGreaterThan(0);
    expect(entries[range]!.text).toBe('13\u2009–\u200914 June 2025');
    expect(range).toBe(2);
    // The range's first day is its time; a month without a day comes after that month's days.
    expect(entries.map((e) => e.time.properties['dateTime'])).toEqual(['2025-06-13', '2025-06-13', '2025-06-13', '2025-06-14', '2025-06-14', '2025-06-14', '2025-06-14', '2025-06-14', '2025-06']);
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

  it('marks a statement that rests on one voice with that origin, or on one report’s unattributed words with that report, in the text and in each citation’s preview', () => {
    const page = readPage(dist, 'topics/the-call/');
    const paragraph = selectAll('.prose p', page).find((p) => toText(p).includes('By Trump’s account Iran came first'))!;
    // An unattributed passage is named by its source's label, as its preview heads it.
    const unattributed = selectAll('.citation', paragraph).find((c) => toText(select('.citation-preview-origin', c)!) === 'Origin: not given (unattributed)')!;
    const label = /^\[\d+\]/u.exec(toText(select('.citation-preview-title', unattributed)!))![0];
    expect(selectAll('.origin-mark', paragraph).map((m) => toText(m))).toEqual([' (one origin: Trump’s own account (his Truth Social post and remarks))', ` (unattributed: source ${label})`]);
    expect(selectAll('.citation-preview-origin', paragraph).map((o) => toText(o))).toEqual(['Origin: Trump’s own account (his Truth Social post and remarks)', 'Origin: Trump’s own account (his Truth Social post and remarks)', 'Origin: Trump’s own account (his Truth Social post and remarks)', 'Origin: not given (unattributed)']);
    // No page calls a report's unmarked words its own reporting: their origin is unknown.
    for (const topic of ['the-call', 'israel-iran-strikes', 'ukraine-prisoner-swaps']) expect(toText(readPage(dist, `topics/${topic}/`))).not.toMatch(/own reporting/u);
    // The opening judgment rests on several origins: no mark.
    expect(select('#judgment-call-happened .origin-mark', page)).toBeUndefined();
  });

  /** Each topic's judgments that record changes, with how many and the start of each change's reason, in the order its frontmatter lists them. */
  const HISTORY: Record<string, Record<string, string[]>> = {
    'israel-iran-strikes': {
      'strike-figures': ['A judgment is as strong as the', 'Iran’s state media, as the rep'],
      'strikes-began': ['The judgment now rests on name'],
      'fire-during-call': ['One rule for every judgment (h', 'The report has fire again only'],
      'leaders-framing': ['Trump’s praise for the strikes'],
      'sixth-round-cancelled': ['One rule for every judgment: O', 'One report alone carries the c'],
    },
    'the-call': {
      'call-happened': ['Split in two. That the call to'],
      'iran-dominated': ['Only Trump’s account, one name'],
      'call-length': ['A judgment is as strong as the'],
      'positive-readouts': ['Says what the sources report: ', 'One rule for every judgment: t'],
      'office-misstated': ['The old wording trusted the qu'],
      'putin-placed-call': ['The reports relay one origin, '],
    },
    'ukraine-prisoner-swaps': {
      'ukraine-secondary': ['Only Trump’s account, one name', 'Overstated: the reports have T'],
      'swaps-status': ['No report names a source for t'],
    },
  };

  it.each(Object.entries(HISTORY))('/topics/%s/ shows under each judgment the dated changes its topic records, and under no other judgment any', (topic, history) => {
    const page = readPage(dist, `topics/${topic}/`);
    const judgments = selectAll('li.judgment', page);
    expect(judgments.map((j) => String(j.properties['id']).slice('judgment-'.length))).toEqual(expect.arrayContaining(Object.keys(history)));
    for (const judgment of judgments) {
      const id = String(judgment.properties['id']).slice('judgment-'.length);
      const reasons = history[id] ?? [];
      const shown = selectAll('.judgment-history > li', judgment).map((li) => toText(li));
      expect(shown, `${topic} ${id}`).toHaveLength(reasons.length);
      // Each change reads "Lowered/Raised from … to …" or "Reworded (it read: …)" with its date and its reason.
      for (const line of shown) expect(line, `${topic} ${id}`).toMatch(/^(Lowered|Raised|Reworded)\b.* on \d{1,2} \w+ \d{4}: /u);
      for (const reason of reasons) expect(shown.some((line) => line.includes(reason)), `${id}: ${reason}`).toBe(true);
    }
  });
});


interface Indicator {
  readonly indicator: string;
  readonly expectedBy: string;
  readonly judgments: readonly string[];
}

/** The seed topics' indicators to watch, by topic slug, soonest first (a month without a day after that month's days), as their frontmatter gives them. */
const INDICATORS: Record<string, readonly Indicator[]> = {
  'israel-iran-strikes': [
    { expectedBy: '2025-06-18', judgments: ['leaders-framing'], indicator: 'The UN Security Council holds the emergency meeting one report expected early in the week after the call; what Russia and the United States say there shows whether each keeps the line it gave on the call.' },
    { expectedBy: '2025-06', judgments: ['sixth-round-cancelled', 'nuclear-talks-open'], indicator: 'Oman, the talks’ mediator, or either government names a date for the sixth round of U.S.–Iran nuclear talks, confirms in its own words that it is off, or Witkoff meets Iran’s foreign minister, as Trump reportedly told Putin he was ready to.' },
  ],
  'the-call': [
    { expectedBy: '2025-06', judgments: ['putin-placed-call', 'call-length', 'iran-dominated'], indicator: 'The Kremlin or the White House publishes its full readout of the call, saying who placed it, how long it lasted and how much of it went to Iran and to Ukraine.' },
  ],
  'ukraine-prisoner-swaps': [
    { expectedBy: '2025-06-22', judgments: ['ukraine-secondary'], indicator: 'Trump and Putin hold the fuller conversation on Ukraine that Trump hinted at for “next week”, the week after the call.' },
    { expectedBy: '2025-06-30', judgments: ['negotiations-after-22-june'], indicator: 'Russia and Ukraine resume formal negotiations, as Putin reportedly told Trump he intends to after 22 June, or either side names a date and place for them.' },
    { expectedBy: '2025-06', judgments: ['swaps-status'], indicator: 'Either government, or a mediator, gives numbers and dates for the prisoner exchanges, showing whether they were planned, under way or completed at the time of the call.' },
  ],
};

describe('what to watch', () => {
  const all = Object.values(INDICATORS).flat();
  const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

  it.each(Object.entries(INDICATORS))('/topics/%s/ lists its indicators with their dates, linking to the key judgments they bear on', (slug, list) => {
    const page = readPage(dist, `topics/${slug}/`);
    expect(toText(select('#what-to-watch', page)!)).toBe('What to watch');
    const items = selectAll('.topic-watch .watch-item', page);
    const expected = list;
    expect(items.map((item) => squash(toText(select('.watch-what', item)!)))).toEqual(expected.map((i) => i.indicator));
    items.forEach((item, i) => {
      expect(select('.watch-when time', item)!.properties['dateTime']).toBe(expected[i]!.expectedBy);
      const links = selectAll('a.watch-judgment', item).map((a) => String(a.properties['href']));
      expect(links).toEqual(expected[i]!.judgments.map((id) => `/topics/${slug}/#judgment-${id}`));
      for (const id of expected[i]!.judgments) expect(select(`li.judgment#judgment-${id}`, page), id).toBeDefined();
      // Every seed indicator was reviewed on 23 November 2026.
      expect(squash(toText(select('.watch-review', item)!))).toMatch(/^Reviewed 23 November 2026: /u);
    });
  });

  it('the home page lists every topic’s indicators, soonest first, each linking to its topic', () => {
    const page = readPage(dist, '');
    const items = selectAll('.watch-item', page);
    expect(items).toHaveLength(all.length);
    const dates = items.map((item) => String(select('.watch-when time', item)!.properties['dateTime']));
    expect(dates).toEqual(['2025-06-18', '2025-06-22', '2025-06-30', '2025-06', '2025-06', '2025-06']);
    for (const item of items) {
      const what = squash(toText(select('.watch-what', item)!));
      const topicLink = String(select('.watch-meta a:not(.watch-judgment)', item)!.properties['href']);
      const slug = topicLink.split('/').at(-2)!;
      expect(INDICATORS[slug]!.map((i) => i.indicator)).toContain(what);
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
    // Events and indicators by date; a month without a day after that month's days.
    expect(dates).toEqual(['2025-06-13', '2025-06-13', '2025-06-13', '2025-06-14', '2025-06-14', '2025-06-14', '2025-06-14', '2025-06-14', '2025-06-18', '2025-06-22', '2025-06-30', '2025-06', '2025-06', '2025-06', '2025-06']);
  });
});
