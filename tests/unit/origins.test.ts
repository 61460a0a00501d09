/**
 * Origins in the fixture dossier `origins`, loaded in-process as the build
 * loads it: three reports, two of which relay one statement (attributed) and
 * one a wire copy of another (derived_from). The counts, table by table.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { createDossierLoader } from '../../src/lib/dossier/load.ts';
import { createCitingRenderer } from '../../src/markdown/pipeline.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { ledgerTable, supportText, type PositionSummary } from '../../src/lib/view/claims-table.ts';
import { uiFor } from '../../src/lib/i18n/ui.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURE = 'tests/fixtures/dossiers/origins';
const GAZETTE = '2026-02-01-gazette-harbour';
const WIRE = '2026-02-01-wire-harbour';
const HERALD = '2026-02-02-herald-harbour';
const load = (content: string, root = ROOT) => createDossierLoader({ root, content, urls: createUrls('/'), createRenderer: createCitingRenderer }).load();
const { dossier, diagnostics } = await load(FIXTURE);

describe('the origins fixture', () => {
  it('has the origins its passages rest on: the registered statement, the wire report’s own observation, then each original report’s unattributed words (not the copy’s)', () => {
    expect(dossier!.origins.map((o) => [o.key, o.name])).toEqual([
      ['origin:harbour-authority', 'The harbour authority’s statement'],
      [`unattributed:${GAZETTE}`, 'Harbour to close for dredging (unattributed)'],
      [`article:${WIRE}`, 'Port Askaig harbour shuts for works (own observation)'],
      [`unattributed:${WIRE}`, 'Port Askaig harbour shuts for works (unattributed)'],
    ]);
  });

  it.each([
    // claim, status, positions as "position: reports, named origins"
    ['closure-day', 'compatible', ['On Monday: 1 report, 1 named', 'From 2 February: 1 report, 1 named', 'On Tuesday: 1 report, 0 named']],
    ['closing', 'corroborated', ['Yes, for works: 2 reports, 2 named']],
    ['diversion', 'single-origin', ['Port Ellen: 2 reports, 1 named']],
    ['duration', 'conflicting', ['Three weeks: 1 report, 0 named', 'Two weeks: 2 reports, 0 named']],
    ['reason', 'single-origin', ['Dredging: 2 reports, 1 named']],
  ])('claim %s is %s: %j', (id, status, positions) => {
    const claim = dossier!.claims.find((c) => c.id === id)!;
    expect(claim.status).toBe(status);
    expect(claim.positions.map((p) => `${p.position}: ${p.supporters.length} report${p.supporters.length === 1 ? '' : 's'}, ${p.origins.filter((o) => !o.startsWith('unattributed:')).length} named`)).toEqual(positions);
  });

  it('names the origins of each position as the claims table shows them, unattributed reports counted apart, the source error apart', () => {
    const { rows } = ledgerTable(dossier!.claims, dossier!.origin, (id) => dossier!.article(id)!.number, uiFor('en'));
    const read = (p: PositionSummary) => `${p.position}: ${supportText(p)}`;
    expect(rows.map((row) => [row.claim.id, row.statuses, row.positions.map(read), row.errors.map(read)])).toEqual([
      ['closure-day', ['compatible', 'source-error'], ['On Monday: 1 report: 1 named origin, The harbour authority’s statement', 'From 2 February: 1 report: 1 named origin, The harbour authority’s statement'], ['On Tuesday: 1 report: no named origin; 1 unattributed']],
      ['closing', ['corroborated'], ['Yes, for works: 2 reports: 2 named origins, The harbour authority’s statement; Port Askaig harbour shuts for works (own observation)'], []],
      ['diversion', ['single-origin'], ['Port Ellen: 2 reports: 1 named origin, Port Askaig harbour shuts for works (own observation); 1 unattributed'], []],
      ['duration', ['conflicting'], ['Three weeks: 1 report: no named origin; 1 unattributed', 'Two weeks: 2 reports: no named origin; 2 unattributed'], []],
      ['reason', ['single-origin'], ['Dredging: 2 reports: 1 named origin, The harbour authority’s statement'], []],
    ]);
  });

  it('marks each sentence of the topic whose citations rest on one origin, naming it; a sentence on two origins has no mark', () => {
    const page = fromHtml(dossier!.topics[0]!.html, { fragment: true });
    // The text as read, without the citation groups (markers, previews, brackets).
    visit(page as Root, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !(node.properties['className'] as string[] | undefined)?.includes('citation-group')) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    expect(selectAll('li.judgment, p', page).map((block) => toText(block))).toEqual([
      'High confidence. The harbour closes for dredging. (one origin: The harbour authority’s statement) Basis: two reports.',
      'Moderate confidence. Ferries divert to Port Ellen. Basis: the wire report and its copy.',
      // The markers follow the full stop, and the mark the markers (read aloud and printed, not shown on screen).
      'The harbour closes for dredging. (one origin: The harbour authority’s statement) Ferries divert to Port Ellen. ' +
        'The works last two or three weeks. Crossings may take an hour longer. (unattributed: source [1])',
    ]);
  });

  it('names each passage’s origin in its preview', () => {
    const page = fromHtml(dossier!.topics[0]!.html, { fragment: true });
    expect(selectAll('.citation-preview-origin', page).slice(0, 4).map((node) => toText(node))).toEqual([
      'Origin: The harbour authority’s statement',
      'Origin: The harbour authority’s statement',
      'Origin: this report’s own observation',
      'Origin: not given (unattributed)',
    ]);
  });

  it('warns of high confidence on one origin, and suggests an attribution for reported speech, each at its citation', () => {
    const topic = `${FIXTURE}/topics/harbour.md`;
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      `${topic}:9:1 warning High confidence rests on one independent named origin; it needs at least 2. Unattributed reports name no origin.`,
      `${topic}:14:536 warning Suggestion: the cited passage of "@${GAZETTE}" (¶3, "A ferry captain said the diversion would add an hour") carries reported speech ("said") and no attribution; if it relays a statement, mark it under "attributions" in the article, so that it counts as that origin.`,
    ]);
  });
});

describe('origins errors, each at its file:line:column', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-origins-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let copies = 0;
  /** A copy of the fixture with one file's text replaced, loaded. */
  async function loadEdited(file: string, edit: (text: string) => string) {
    const name = `copy-${++copies}`;
    cpSync(path.join(ROOT, FIXTURE), path.join(scratch, name), { recursive: true });
    const target = path.join(scratch, name, file);
    writeFileSync(target, edit(readFileSync(target, 'utf8')));
    const { diagnostics } = await load(name, scratch);
    return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file.slice(name.length + 1)}:${d.line}:${d.column} ${d.message}`);
  }

  it.each([
    [
      'a duplicate origin id',
      'origins.yaml',
      (t: string) => `${t}\n- id: harbour-authority\n  name: "Again"\n  kind: readout\n`,
      'origins.yaml:7:3 Duplicate origin id "harbour-authority": another origin above has it.',
    ],
    ['a kind not on the list', 'origins.yaml', (t: string) => t.replace('kind: official-statement', 'kind: rumour'), 'origins.yaml:3:3 "[0].kind" must be one of "official-statement", "readout", "social-media-post", "document", "wire-story", "own-reporting", not the text "rumour".'],
    [
      'an attribution naming no origin',
      `articles/${WIRE}.md`,
      (t: string) => t.replace('origin: harbour-authority', 'origin: harbor-authority'),
      `articles/${WIRE}.md:9:5 attributions[0]: Unknown origin "harbor-authority": no origin of ORIGINS has this id.`,
    ],
    [
      'an attribution quoting words the article lacks',
      `articles/${WIRE}.md`,
      (t: string) => t.replace('quote: "“The harbour closes from 2 February', 'quote: "“The harbour shuts from 2 February'),
      `articles/${WIRE}.md:8:5 attributions[0]: The quote "“The harbour shuts from 2 February for dredging,” the harbour authority said." is not in "${WIRE}".`,
    ],
    [
      'derived_from naming neither an article nor an origin',
      `articles/${HERALD}.md`,
      (t: string) => t.replace('derived_from: ["2026-02-01-wire-harbour"]', 'derived_from: ["Coast Wire"]'),
      `articles/${HERALD}.md:7:16 derived_from[0]: "Coast Wire" names no article and no origin (no origin of ORIGINS has this id).`,
    ],
    [
      'a reason for compatibility with one standing position',
      'claims/harbour.yaml',
      (t: string) => t.replace(/ {4}- position: "From 2 February"\n.*\n/u, ''),
      'claims/harbour.yaml:9:3 claim "closure-day": "compatible" gives a reason, but fewer than two of its positions are supported and not marked as errors: there is nothing to reconcile.',
    ],
    [
      'one voice on two positions: the same report, in its own words, on both',
      'claims/harbour.yaml',
      (t: string) => t.replace(`'[@2026-02-01-wire-harbour, "which are to last two weeks";`, `'[@2026-02-01-gazette-harbour, "The Gazette understands the closure"; @2026-02-01-wire-harbour, "which are to last two weeks";`),
      `claims/harbour.yaml:33:7 claim "duration": "@${GAZETTE}", without attribution, already supports the position "Three weeks"; one voice takes one position on a claim.`,
    ],
    [
      'one voice on two positions: the same report relaying the same origin on both',
      'claims/harbour.yaml',
      (t: string) => t.replace(`'[@2026-02-01-wire-harbour, "closes from 2 February"]'`, `'[@2026-02-01-wire-harbour, "closes from 2 February"; @2026-02-01-gazette-harbour, "the harbour authority said in a statement"]'`),
      `claims/harbour.yaml:7:7 claim "closure-day": "@${GAZETTE}", relaying The harbour authority’s statement, already supports the position "On Monday"; one voice takes one position on a claim.`,
    ],
    [
      'a conflict whose positions all rest on one origin',
      'claims/harbour.yaml',
      (t: string) => t.replace(/ {2}compatible:\n(?: {4}.*\n)+/u, ''),
      'claims/harbour.yaml:3:3 claim "closure-day": its positions all rest on one origin, The harbour authority’s statement, so they cannot conflict; mark the rendering that is not faithful as a source error ("error:"), or make them one position.',
    ],
    [
      'a reason for compatibility that is not rounding, a different scope or stages of one process',
      'claims/harbour.yaml',
      (t: string) => t.replace('reason: different-scope', 'reason: vague'),
      'claims/harbour.yaml:12:5 "[0].compatible.reason" must be one of "rounding", "different-scope", "stages", not the text "vague".',
    ],
    [
      'a reference to a claim the ledger lacks',
      'topics/harbour.md',
      (t: string) => `${t}\n## Where sources disagree\n\n- **Day.** {claim:closure-date} The reports give a weekday and a date.\n`,
      'topics/harbour.md:18:12 {claim:closure-date} names no claim of the ledger (claims/).',
    ],
    [
      'a judgment naming a claim the ledger lacks',
      'topics/harbour.md',
      (t: string) => t.replace('{#closure}', '{#closure claims=closing,closure-date}'),
      'topics/harbour.md:9:206 The judgment names the claim "closure-date", which the ledger (claims/) does not have.',
    ],
  ])('%s', async (_name, file, edit, expected) => {
    const errors = await loadEdited(file, edit);
    expect(errors).toHaveLength(1);
    const [first] = errors;
    expect(first!.replace(/copy-\d+\/origins\.yaml/u, 'ORIGINS')).toContain(expected);
  });

  it('accepts a report that relays an origin on one position and speaks for itself on another: two voices', async () => {
    // The gazette gives three weeks in its own words, and relays the authority's word that dredging is the reason.
    const errors = await loadEdited('claims/harbour.yaml', (t) =>
      t.replace(`cite: '[@2026-02-01-gazette-harbour, "will last three weeks"]'`, `cite: '[@2026-02-01-gazette-harbour, "will last three weeks"]'\n    - position: "As long as the dredging takes"\n      cite: '[@2026-02-01-gazette-harbour, "The harbour will close on Monday for dredging"]'`),
    );
    expect(errors).toEqual([]);
  });

  it('a dossier without origins.yaml is valid: every passage is unattributed, its origin unknown', async () => {
    const name = 'no-registry';
    cpSync(path.join(ROOT, FIXTURE), path.join(scratch, name), { recursive: true });
    rmSync(path.join(scratch, name, 'origins.yaml'));
    for (const article of [GAZETTE, WIRE]) {
      const file = path.join(scratch, name, 'articles', `${article}.md`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/attributions:\n(?: {2}.*\n)+/u, ''));
    }
    const { dossier, diagnostics } = await load(name, scratch);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const reason = dossier!.claims.find((c) => c.id === 'reason')!;
    expect(reason.positions[0]!.origins).toEqual([`unattributed:${GAZETTE}`, `unattributed:${WIRE}`]);
    expect(reason.status).toBe('unattributed');
  });
});

describe('a private call narrated without attribution (fixture private-call)', () => {
  // Three reports of one private call: one names its origin, the mayor's post; two narrate the call without saying whose account it is.
  const loaded = load('tests/fixtures/dossiers/private-call');

  it('is Single origin, the unattributed reports shown as such and counted as no origin', async () => {
    const { dossier } = await loaded;
    const claim = dossier!.claims.find((c) => c.id === 'who-called')!;
    expect(claim.status).toBe('single-origin');
    const { rows } = ledgerTable(dossier!.claims, dossier!.origin, (id) => dossier!.article(id)!.number, uiFor('en'));
    expect(rows[0]!.positions.map((p) => supportText(p))).toEqual(['3 reports: 1 named origin, The mayor’s post; 2 unattributed']);
  });

  it('lets no unattributed passage raise a count of independent origins: high confidence on it is warned of, at the judgment, on the topic and the briefing', async () => {
    const { diagnostics } = await loaded;
    const base = 'tests/fixtures/dossiers/private-call';
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      `${base}/dossier.md:11:1 warning High confidence rests on one independent named origin (the fewest of the claims it names); it needs at least 2. Unattributed reports name no origin.`,
    ]);
  });

  it('shows the ledger’s verdict where the topic refers to the claim, with its origins', async () => {
    const { dossier } = await loaded;
    const page = fromHtml(dossier!.topics[0]!.html, { fragment: true });
    expect(selectAll('.claim-ref .badge', page).map((node) => [toText(node), node.properties['href']])).toEqual([['Single origin', '/claims/the-call/#claim-who-called']]);
    expect(selectAll('.claim-ref-support > span', page).map((node) => toText(node))).toEqual([
      'Ledger: Who placed the call.',
      'The governor called the mayor: 3 reports: 1 named origin, The mayor’s post; 2 unattributed.',
    ]);
  });
});
