/**
 * remark plugin: resolves the `[@id, "quote"]` citations that
 * remark-citation-syntax read while parsing against the corpus, and
 * turns each into a marker linking to the passage, with a preview of it. A
 * bracket's markers are sorted by source number, then paragraph, and the
 * citations of one paragraph merged: `[1 ¶3, ¶5; 2 ¶7]`, each ¶ a link. Problems become fatal messages on the file, each at its line and column,
 * so that every problem of a document is reported at once. Given the origins
 * of passages, each preview names its passage's origin, and a sentence whose
 * citations all rest on one origin is marked with its name: a statement
 * resting on one voice shows it, however many reports relay that voice.
 */
import type { Root, Parent, PhrasingContent, Paragraph, Heading, TableCell } from 'mdast';
import type { VFile } from 'vfile';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { resolveCitation, type CitableArticle } from '../lib/citations/resolve.ts';
import type { Passage } from '../lib/citations/match.ts';
import { sentenceAt } from '../lib/text/sentence.ts';
import { JUDGMENT_ID_MARKER } from '../lib/analysis/judgment-history.ts';
import { clipEnd, clipStart } from '../lib/text/clip.ts';
import { uiFor, type Ui } from '../lib/i18n/ui.ts';
import { citationRefId, type CitationUse, type CitingRendererOptions } from '../lib/dossier/documents.ts';
import type { Origin } from '../lib/analysis/origins.ts';
import { outletName, paragraphMark, sourceLabel } from '../lib/view/labels.ts';
import type { Citation } from './remark-citation-syntax.ts';
import './citation-data.ts';

export interface RemarkCitationsOptions extends CitingRendererOptions {
  /** Lines of the file that come before the Markdown, e.g. frontmatter, to report true line numbers. */
  readonly lineOffset?: number;
}

/** How much of the paragraph the preview shows on each side of the quote. */
const CONTEXT_CHARS = 140;

/** How a preview names the origins of its passage. */
function originLine(ui: Ui, articleId: string, origins: readonly Origin[]): string {
  const names = origins.map((o) => (o.kind === 'unattributed' ? ui.text('preview.originNotGiven') : o.article === articleId ? ui.text('preview.ownObservation') : o.name));
  return ui.count('preview.origins', origins.length, { names: names.join('; ') });
}

/** The preview: outlet and date, the heading ("[2] Title, ¶7"), the passage with the quoted words marked, and the passage's origin when known. */
function preview(ui: Ui, cite: ResolvedItem, id: string, origins: readonly Origin[] | undefined): Element {
  const { article, passage, sourceNumber } = cite;
  const text = article.text.paragraph(passage.paragraph)?.text ?? '';
  const excerpt = cite.isQuote
    ? [clipStart(text.slice(0, passage.start), CONTEXT_CHARS), h('mark', text.slice(passage.start, passage.end)), clipEnd(text.slice(passage.end), CONTEXT_CHARS)]
    : [clipEnd(text, CONTEXT_CHARS)];
  return h('span.citation-preview', { id, role: 'tooltip' }, [
    // What is known of the source, in words: an outlet the provenance does not give is "not named", not "Unknown".
    h('span.citation-preview-source', `${outletName(ui, article.outlet)} · ${ui.date(article.published)}`),
    h('span.citation-preview-title', [`${sourceLabel(sourceNumber)} ${article.title}, `, ...paragraphMark(ui, passage.paragraph)]),
    h('span.citation-preview-passage', excerpt),
    ...(origins ? [h('span.citation-preview-origin', originLine(ui, article.id, origins))] : []),
  ]);
}

/** A citation of a bracket, resolved. */
interface ResolvedItem {
  readonly articleId: string;
  readonly locator: CitationUse['locator'];
  readonly article: CitableArticle;
  readonly passage: Passage;
  readonly isQuote: boolean;
  readonly sourceNumber: number;
}

/** Punctuation between a bracket's markers: read by eye, silent to screen readers (each marker's name says it all). */
const punctuation = (text: string): ElementContent => h('span.citation-punct', { ariaHidden: 'true' }, text);

/** A sentence's citations so far: the origins they rest on, and the last citation group, after which a mark goes. */
interface SentenceSupport {
  readonly origins: Map<string, Origin>;
  group: PhrasingContent;
  parent: Parent;
  /** The previews of the sentence's markers, which say when it rests on one origin. */
  readonly previews: Element[];
}

/** Text of a block with citations cut out, and where each cut was. */
function plainTextOf(block: Parent): { text: string; cuts: Map<Citation, number> } {
  let text = '';
  const cuts = new Map<Citation, number>();
  visit(block, (node, index, parent) => {
    if (node.type === 'inlineCode' || node.type === 'text') text += (node as { value: string }).value;
    if (node.type !== 'citation') return;
    // The space before a citation is not the sentence's.
    const previous = index === undefined ? undefined : parent?.children[index - 1];
    if (previous?.type === 'text') text = text.slice(0, text.length - (/\s*$/u.exec(previous.value)?.[0].length ?? 0));
    cuts.set(node as Citation, text.length);
  });
  // A key judgment's closing {#id} is markup, not words of its last sentence (remark-judgments takes it out later).
  return { text: text.replace(JUDGMENT_ID_MARKER, ''), cuts };
}

export default function remarkCitations(options: RemarkCitationsOptions) {
  const { corpus, passageUrl, sourceNumber: numberOf, invalidIds, originsOf, language, lineOffset = 0, ui = uiFor('en') } = options;

  return (tree: Root, file: VFile) => {
    const uses: CitationUse[] = [];
    let markerCount = 0;
    const citedIds = new Set<string>();
    const sentences: SentenceSupport[] = [];
    const report = (message: string, at: { line: number; column: number }, ruleId: string) => {
      const vmessage = file.message(message, { place: at, ruleId, source: 'remark-citations' });
      vmessage.fatal = true;
    };

    visit(tree, ['paragraph', 'heading', 'tableCell'], (blockNode) => {
      const block = blockNode as Paragraph | Heading | TableCell;
      const { text: plain, cuts } = plainTextOf(block);
      const sentencesOfBlock = new Map<string, SentenceSupport>();

      visit(block, 'citation', (node: Citation, index, parent: Parent | undefined) => {
        if (!parent || index === undefined) return;
        const previous = parent.children[index - 1];
        const next = parent.children[index + 1];
        // The marker hugs the word before it, as footnote markers do, and follows the punctuation that ends the
        // clause or sentence (Wikipedia's convention): "words.[1 ¶2]", not "words [1 ¶2].".
        let trailing = next?.type === 'text' ? (/^[.,;:!?…]+(?=\s|$)/u.exec(next.value)?.[0] ?? '') : '';
        // Punctuation between two citations is not the end of a clause.
        if (next?.type === 'text' && trailing === next.value && parent.children[index + 2]?.type === 'citation') trailing = '';
        if (next?.type === 'text') next.value = next.value.slice(trailing.length);
        const before = previous?.type === 'text' ? previous : undefined;
        if (before) before.value = before.value.replace(/[ \t]+$/u, '') + trailing;
        const at = { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
        const sentence = sentenceAt(plain, cuts.get(node) ?? 0, language);
        const group = node.group;
        const replacement: PhrasingContent[] = before || trailing === '' ? [] : [{ type: 'text', value: trailing }];
        const resolved: ResolvedItem[] = [];
        for (const item of group.items) {
          const resolution = resolveCitation(corpus, item.id, item.locator, invalidIds);
          if (!resolution.ok) {
            report(resolution.message, at, 'citation-unresolved');
            continue;
          }
          const { article, passage } = resolution;
          resolved.push({ articleId: item.id, locator: item.locator, article, passage, isQuote: item.locator.kind === 'quote', sourceNumber: numberOf(item.id) });
        }
        // Sorted by source, then paragraph; the sort is stable, so one paragraph's citations keep the order written.
        resolved.sort((a, b) => a.sourceNumber - b.sourceNumber || a.passage.paragraph - b.passage.paragraph);
        const markers: ElementContent[] = [];
        const previews: Element[] = [];
        const groupUses: number[] = [];
        const groupOrigins: Origin[] = [];
        resolved.forEach((cite, i) => {
          const previous = resolved[i - 1];
          const sameSource = previous?.articleId === cite.articleId;
          const origins = originsOf?.(cite.articleId, cite.passage);
          groupOrigins.push(...(origins ?? []));
          // A paragraph cited again in the bracket shares the marker of its first citation.
          if (!sameSource || previous?.passage.paragraph !== cite.passage.paragraph) {
            markerCount += 1;
            groupUses.push(markerCount);
            const previewId = `cite-preview-${markerCount}`;
            if (markers.length > 0) markers.push(punctuation(sameSource ? ',' : ';'));
            markers.push(
              h('span.citation', [
                h(
                  'a.citation-marker',
                  {
                    id: citationRefId(markerCount),
                    // Merged citations of one paragraph land on the first one's words.
                    href: passageUrl(cite.articleId, cite.passage, cite.locator),
                    ariaDescribedBy: previewId,
                  },
                  // Shown "2 ¶7" (or "¶7" after the source's first), read "Source 2, paragraph 7".
                  [
                    h('span.visually-hidden', sameSource ? ui.text('source.spoken', { number: String(cite.sourceNumber) }) : ui.text('source.spokenBefore')),
                    ...(sameSource ? [] : [String(cite.sourceNumber), h('span.visually-hidden', ','), ' ']),
                    ...paragraphMark(ui, cite.passage.paragraph),
                  ],
                ),
                previews[previews.push(preview(ui, cite, previewId, origins)) - 1]!,
              ]),
            );
          }
          citedIds.add(cite.articleId);
          const { articleId, locator, passage, sourceNumber } = cite;
          uses.push({ use: markerCount, sourceNumber, articleId, locator, passage, sentence, ...at });
        });
        if (markers.length > 0) {
          const citationGroup = {
            type: 'citationGroup',
            data: {
              hName: 'span',
              hProperties: { className: ['citation-group'], dataPagefindIgnore: '' },
              hChildren: [punctuation('['), ...markers, punctuation(']')],
              // The uses this group holds, for plugins that run later (key judgments).
              uses: groupUses,
            },
          } as unknown as PhrasingContent;
          replacement.push(citationGroup);
          if (originsOf) {
            const support: SentenceSupport = sentencesOfBlock.get(sentence) ?? { origins: new Map(), group: citationGroup, parent, previews: [] };
            for (const origin of groupOrigins) support.origins.set(origin.key, origin);
            support.previews.push(...previews);
            Object.assign(support, { group: citationGroup, parent });
            sentencesOfBlock.set(sentence, support);
          }
        }
        parent.children.splice(index, 1, ...replacement);
        return [SKIP, index + replacement.length];
      });
      sentences.push(...sentencesOfBlock.values());
      return SKIP;
    });

    // Marks go in last, when every cited source is known.
    for (const { origins, group, parent, previews } of sentences) {
      if (origins.size !== 1) continue;
      const [origin] = origins.values();
      // A source's own observation, or its unattributed words, are named by its label when the page lists that source.
      const cited = origin!.article !== undefined && citedIds.has(origin!.article);
      const unattributed = origin!.kind === 'unattributed';
      const label = cited ? ui.text('mark.sourceLabel', { label: sourceLabel(numberOf(origin!.article!)) }) : undefined;
      // An unknown origin is one report's word, not one origin.
      const text = unattributed
        ? label ? ui.text('mark.unattributedSource', { label }) : ui.text('mark.unattributed', { name: origin!.name })
        : ui.text('mark.oneOrigin', { origin: label ? ui.text('mark.ownObservation', { label }) : origin!.name });
      // In the running text for screen readers and on paper; on screen, in each of the sentence's previews, where it
      // does not bury the prose (the marker's group shows that it has one).
      const said = unattributed
        ? label ? ui.text('preview.restsUnattributedSource', { label }) : ui.text('preview.restsOn', { name: origin!.name })
        : ui.text('preview.restsOnOneOrigin', { origin: label ? ui.text('preview.ownObservationOf', { label }) : origin!.name });
      for (const p of previews) p.children.push(h('span.citation-preview-sentence', said));
      Object.assign(group.data as object, { hProperties: { ...(group.data as { hProperties: object }).hProperties, className: ['citation-group', unattributed ? 'rests-unattributed' : 'rests-on-one-origin'] } });
      const mark = {
        type: 'originMark',
        data: { hName: 'span', hProperties: { className: ['origin-mark'], dataPagefindIgnore: '' }, hChildren: [{ type: 'text', value: text }] },
      } as unknown as PhrasingContent;
      parent.children.splice(parent.children.indexOf(group as never) + 1, 0, mark as never);
    }

    file.data.citations = uses;
  };
}
