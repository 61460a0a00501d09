/**
 * One label per source across the dossier: over every built page, each place
 * a source's label appears (citation markers, their previews, lists of
 * sources, the claims table's column headers, the timeline, the print
 * edition's bibliography, the source's own page) shows the same label for
 * it, and no two sources share one. And the markers of a bracket are sorted
 * by label, then paragraph, each paragraph once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root } from 'hast';
import { htmlFiles, ledgerParts } from '../support/html.ts';

/** A marker as a screen reader hears it, "Source 2, paragraph 7" in any language: its source's label and paragraph. */
const SPOKEN_MARKER = /^\D*(\d+), \D*(\d+)$/u;
/** A source page's kicker, "Source [2]" in any language. */
const SOURCE_KICKER = /^\D*\[(\d+)\]$/u;

/** Kinds of place every dossier shows labels in; `places` adds those of a dossier with claims and a timeline. */
const EVERY_DOSSIER = ['marker text', 'marker name', 'preview heading', 'list of sources', 'list item number', 'source page', 'index of sources'];
/** Those of a dossier whose built claims ledger has a part with a table and whose timeline shows events (the seed's do). */
function placesOf(dist: string): string[] {
  const ledger = ledgerParts(dist).some(({ page }) => selectAll('table.ledger', page).length > 0);
  const events = selectAll('.timeline-event', fromHtml(readFileSync(path.join(dist, 'timeline', 'index.html'), 'utf8'))).length > 0;
  return [...EVERY_DOSSIER, ...(ledger ? ['claims column', 'claims cell'] : []), ...(events ? ['timeline'] : [])];
}
const DOSSIERS = [
  { name: 'under test', dist: () => inject('siteDist'), places: placesOf(inject('siteDist')) },
  { name: 'harbour', dist: () => inject('harbourDist'), places: EVERY_DOSSIER },
];

/** Where a label was seen: the kind of place, the page, the source (by the id in its link) and the label. */
interface Sighting {
  readonly place: string;
  readonly page: string;
  readonly source: string;
  readonly label: string;
}

/** The source a link leads to: the id in `/sources/<id>/`. */
const sourceOf = (element: Element | undefined): string | undefined => /\/sources\/([^/#]+)\//u.exec(String(element?.properties['href'] ?? ''))?.[1];

/** The text of an element, empty when there is none: a missing label is reported as such, with the others. */
const textOf = (element: Element | undefined): string => (element ? toText(element) : '');

/** Text as seen (without what is there for screen readers alone) or as heard (without what is hidden from them). */
function textAs(mode: 'seen' | 'heard', element: Element | undefined): string {
  if (!element) return '';
  const hidden = (node: Element) => (mode === 'seen' ? ((node.properties['className'] as string[] | undefined) ?? []).includes('visually-hidden') : node.properties['ariaHidden'] === 'true');
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): ElementContent[] => (child.type !== 'element' ? [child] : hidden(child) ? [] : [strip(child)])),
  });
  return toText(strip(element));
}

/** "[2]" → "2". */
const bracketed = (text: string): string | undefined => /^\[(\d+)\]$/u.exec(text.trim())?.[1];

/** Every label on a page. */
function sightingsOf(page: string, tree: Root): Sighting[] {
  const seen: Sighting[] = [];
  const see = (place: string, source: string | undefined, label: string | undefined) => {
    // A place that names no source or shows no label is a failure of its own, reported with the rest.
    seen.push({ place, page, source: source ?? '(no source link)', label: label ?? '(no label)' });
  };
  for (const group of selectAll('.citation-group', tree)) {
    // The label shows once per source in a bracket ("1 ¶3, ¶5; 2 ¶7"): it holds until the next.
    let shown: string | undefined;
    for (const citation of selectAll('.citation', group)) {
      const marker = select('a.citation-marker', citation);
      const source = sourceOf(marker);
      const text = textAs('seen', marker);
      shown = /^(\d+) ¶\d+$/u.exec(text)?.[1] ?? shown;
      see('marker text', source, /^¶\d+$/u.test(text) || /^\d+ ¶\d+$/u.test(text) ? shown : undefined);
      see('marker name', source, SPOKEN_MARKER.exec(textAs('heard', marker))?.[1]);
      see('preview heading', source, /^\[(\d+)\] .+, ¶\d+$/u.exec(textAs('seen', select('.citation-preview-title', citation)))?.[1]);
    }
  }
  for (const item of selectAll('.source-list li, .print-bibliography li', tree)) {
    const source = sourceOf(select('a[href*="/sources/"]', item));
    see('list of sources', source, bracketed(textOf(select('.source-label', item))));
    see('list item number', source, String(item.properties['value']));
  }
  for (const header of selectAll('table.ledger thead th[scope="col"]:has(a)', tree)) {
    see('claims column', sourceOf(select('a', header)), bracketed(textOf(select('.source-label', header))));
  }
  for (const link of selectAll('.timeline-cite a', tree)) see('timeline', sourceOf(link), /^\[(\d+)\] .+, ¶\d+$/u.exec(textAs('seen', link))?.[1]);
  for (const link of selectAll('.cell-quote a', tree)) see('claims cell', sourceOf(link), SPOKEN_MARKER.exec(textAs('heard', link))?.[1]);
  for (const row of selectAll('.source-index tbody tr', tree)) see('index of sources', sourceOf(select('a', row)), bracketed(textOf(select('.source-label', row))));
  const ownPage = /^sources\/([^/]+)\/index\.html$/u.exec(page)?.[1];
  if (ownPage) see('source page', ownPage, SOURCE_KICKER.exec(textOf(select('article .page-kicker', tree)))?.[1]);
  return seen;
}

describe.each(DOSSIERS)('labels of sources in the $name dossier', ({ dist, places }) => {
  const trees = htmlFiles(dist()).map((page) => ({ page, tree: fromHtml(readFileSync(path.join(dist(), page), 'utf8')) }));
  const sightings = trees.flatMap(({ page, tree }) => sightingsOf(page, tree));

  it('finds the same label for each source everywhere, and each label on one source', () => {
    const labelsOf = new Map<string, Set<string>>();
    const sourcesOf = new Map<string, Set<string>>();
    for (const { source, label } of sightings) {
      labelsOf.set(source, (labelsOf.get(source) ?? new Set()).add(label));
      sourcesOf.set(label, (sourcesOf.get(label) ?? new Set()).add(source));
    }
    const conflicts = (map: Map<string, Set<string>>) =>
      [...map].filter(([, values]) => values.size > 1).map(([key, values]) => ({ key, values: [...values], at: sightings.filter((s) => s.source === key || s.label === key).slice(0, 5) }));
    expect(conflicts(labelsOf)).toEqual([]);
    expect(conflicts(sourcesOf)).toEqual([]);
    // Every source has its page, and so its label.
    expect([...labelsOf.keys()].sort()).toEqual(trees.flatMap(({ page }) => /^sources\/([^/]+)\/index\.html$/u.exec(page)?.[1] ?? []).sort());
  });

  it('finds labels in every kind of place the dossier has', () => {
    const seen = new Set(sightings.filter((s) => /^\d+$/u.test(s.label)).map((s) => s.place));
    expect(places.filter((place) => !seen.has(place))).toEqual([]);
  });

  it('sorts the markers of each bracket by label, then paragraph, each paragraph of a source once', () => {
    const unsorted = trees.flatMap(({ page, tree }) =>
      selectAll('.citation-group', tree).flatMap((group) => {
        // A marker that does not read "Source N, paragraph P" sorts as [0, 0], out of order, and is reported.
        const keys = selectAll('a.citation-marker', group).map((marker) => (SPOKEN_MARKER.exec(textAs('heard', marker)) ?? ['', '0', '0']).slice(1).map(Number) as [number, number]);
        const sorted = keys.every((key, i) => i === 0 || key[0] > keys[i - 1]![0] || (key[0] === keys[i - 1]![0] && key[1] > keys[i - 1]![1]));
        return sorted ? [] : [`${page}: ${keys.map(([label, paragraph]) => `${label} ¶${paragraph}`).join(', ')}`];
      }),
    );
    expect(unsorted).toEqual([]);
  });
});
