/**
 * The search page: a form, a status line, the results and a filter panel,
 * driven by Pagefind's JS API. Results are built as elements and text,
 * never from HTML, since titles and excerpts come from untrusted sources.
 * Filter counts load only when the filter panel is opened.
 */
import type { ExcerptRun } from '../lib/search/excerpt';
import { exactNamesFirst, filterGroups, matchedWords, resultView, type FilterCounts, type PagefindResultData, type ResultView } from '../lib/search/results';
import { suggestedSearch } from '../lib/search/suggestion';
import { scriptUi, type ScriptUi } from './ui-strings';
import { splitAt } from '../lib/i18n/messages';

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  /** Counts among these results, for the filters loaded so far. */
  filters: FilterCounts;
}

type SelectedFilters = Record<string, { any: string[] }>;

/** The part of Pagefind's JS API (pagefind/pagefind.js) used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: SelectedFilters }): Promise<void>;
  search(term: string, options?: { filters?: SelectedFilters }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
}

const OPTIONS = {
  highlightParam: 'highlight',
  // Pagefind's web worker would be 43 KB more to fetch; a search takes a few milliseconds on the page's own thread.
  noWorker: true,
  ranking: {
    // Rank by how much of a page is about the words, not by how short it is:
    // short pages (an entity's, which only names it) otherwise outrank the passages.
    pageLength: 0,
    // A match in the title adds no boost of its own (Pagefind's default is fivefold): the title is the page's h1, weighted as a heading already.
    // A match in an entity's names (its page's "names" meta) puts its page first: searching a name is mostly looking for who that is.
    metaWeights: { title: 1, names: 20 },
  },
};
/** Results shown at first, and added by "More results". */
const PAGE_SIZE = 10;
/** Searching runs on this machine: results can follow typing closely. */
const TYPING_PAUSE_MS = 30;

const required = <T extends Element>(root: ParentNode, selector: string) => {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The search page has no ${selector}`);
  return element;
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function excerptElement(runs: readonly ExcerptRun[], className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const run of runs) paragraph.append(run.marked ? element('mark', '', run.text) : document.createTextNode(run.text));
  return paragraph;
}

/** A link whose text is a paragraph's label: the sign shown, the word heard. */
function paragraphLink(ui: ScriptUi, paragraph: number): HTMLAnchorElement {
  const link = element('a', '');
  const sign = element('span', '', '¶');
  sign.setAttribute('aria-hidden', 'true');
  link.append(sign, element('span', 'visually-hidden', ui.text('paragraph.spoken')), String(paragraph));
  return link;
}

function resultElement(ui: ScriptUi, view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(element('p', 'search-result-type', view.type));
  const heading = element('h2', 'search-result-title');
  const link = element('a', '', view.title);
  link.href = view.url;
  heading.append(link);
  item.append(heading);
  if (view.sections.length === 0) {
    item.append(excerptElement(view.excerpt, 'search-result-excerpt'));
    return item;
  }
  const sections = element('ul', 'search-result-sections');
  for (const section of view.sections) {
    const entry = element('li', 'search-result-section');
    // A paragraph shows "¶4" and is read "paragraph 4", as everywhere on the site (lib/view/labels.ts).
    const sectionLink = section.paragraph === undefined ? element('a', '', section.title) : paragraphLink(ui, section.paragraph);
    sectionLink.href = section.url;
    entry.append(sectionLink, excerptElement(section.excerpt, 'search-result-excerpt'));
    sections.append(entry);
  }
  item.append(sections);
  return item;
}

/** The status of a search: how many results, and a suggested spelling as a link that runs it. */
function statusContent(ui: ScriptUi, term: string, count: number, suggestion: HTMLAnchorElement | undefined, entitiesUrl: string): Node[] {
  const content: Node[] = [document.createTextNode(count === 0 ? ui.text('search.noResults', { term }) : ui.count('search.results', count, { term }))];
  // A link goes where the message has its placeholder: the words around it stay in the language's order.
  const around = (message: string, placeholder: string, link: Node) => {
    const [before, after] = splitAt(message, placeholder);
    content.push(document.createTextNode(before), link, document.createTextNode(after));
  };
  if (suggestion) around(ui.text('search.didYouMean'), 'suggestion', suggestion);
  else if (count === 0) {
    const index = element('a', '', ui.text('search.entityIndex'));
    index.href = entitiesUrl;
    around(ui.text('search.tryAgain'), 'index', index);
  }
  return content;
}

/** Starts the search page in `form` (its `data-index` is the search index's folder and `data-index-parts` the list of its further parts; `data-vocabulary` and `data-entities` the addresses of the vocabulary for suggestions and of the index of entities). */
export function startSearch(form: HTMLFormElement): void {
  const ui = scriptUi(form.ownerDocument);
  const input = required<HTMLInputElement>(form, 'input[type="search"]');
  const page = form.parentElement!;
  const status = required<HTMLElement>(page, '.search-status');
  const list = required<HTMLOListElement>(page, '.search-results');
  const more = required<HTMLButtonElement>(page, '.search-more');
  const panel = required<HTMLDetailsElement>(page, '.search-filters');
  const groupsBox = required<HTMLElement>(panel, '.search-filter-groups');

  // Loaded at once, so that the index is ready by the time a word is typed.
  const indexUrl = form.dataset['index']!;
  // The further parts of a large site's index (src/lib/search/index-parts.ts), asked for alongside the first; revalidated,
  // as Pagefind revalidates its entry file, so that a browser never asks for the parts of an earlier build. Without the
  // list (an index made by Pagefind's own command), the first part is the whole index.
  const furtherParts = fetch(form.dataset['indexParts']!, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch((): string[] => []);
  const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${indexUrl}pagefind.js`).then(async (module: Pagefind) => {
    await module.options(OPTIONS);
    await module.init();
    // Each part ranks as the first does; Pagefind orders the merged results by score.
    await Promise.all((await furtherParts).map((part) => module.mergeIndex(`${indexUrl}${part}`, { highlightParam: OPTIONS.highlightParam, ranking: OPTIONS.ranking })));
    return module;
  });

  // The names and titles to suggest spellings from: loaded with the first search's results, once.
  let vocabulary: Promise<string[]> | undefined;
  const loadVocabulary = () =>
    (vocabulary ??= fetch(form.dataset['vocabulary']!)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []));

  /** A link that runs the search `term`, or undefined when there is nothing to suggest. */
  async function suggestionLink(term: string, shownViews: readonly ResultView[]): Promise<HTMLAnchorElement | undefined> {
    const suggestion = suggestedSearch(term, await loadVocabulary(), matchedWords(shownViews));
    if (!suggestion) return undefined;
    const link = element('a', 'search-suggestion', suggestion);
    const url = new URL(location.href);
    url.searchParams.set('q', suggestion);
    link.href = url.href;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = suggestion;
      void search(suggestion);
      input.focus();
    });
    return link;
  }

  let generation = 0;
  /** The current search's words, and the views shown for it. */
  let currentTerm = '';
  let shownViews: ResultView[] = [];
  let results: PagefindResult[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The filter values offered, with the element that shows each one's count. */
  const offered: { name: string; value: string; label: HTMLElement }[] = [];

  const selectedFilters = (): SelectedFilters => {
    const selected: SelectedFilters = {};
    for (const box of groupsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (selected[box.name] ??= { any: [] }).any.push(box.value);
    }
    return selected;
  };

  async function showMore(current: number): Promise<void> {
    const next = results.slice(shown, shown + PAGE_SIZE);
    // One batch at a time: a second click would otherwise show the same results twice.
    more.disabled = true;
    const loaded = (await Promise.all(next.map((r) => r.data()))).map((data) => resultView(data, ui.text('search.typePage')));
    // A newer search has its own batches: this one neither shows its results nor frees the button.
    if (current !== generation) return;
    const views = shown === 0 ? exactNamesFirst(loaded, currentTerm) : loaded;
    shownViews.push(...views);
    more.disabled = false;
    list.append(...views.map((view) => resultElement(ui, view)));
    shown += next.length;
    more.hidden = shown >= results.length;
  }

  function showCounts(counts: FilterCounts): void {
    for (const { name, value, label } of offered) label.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
  }

  async function search(term: string): Promise<void> {
    const current = ++generation;
    currentTerm = term;
    // No "More results" until this search has results to add (an earlier search's batch may have left it disabled).
    more.hidden = true;
    more.disabled = false;
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!term) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const found = await pagefind.then((p) => p.search(term, { filters: selectedFilters() })).catch(() => null);
    if (current !== generation) return;
    if (!found) {
      status.textContent = ui.text('search.indexFailed');
      return;
    }
    results = found.results;
    shown = 0;
    shownViews = [];
    list.replaceChildren();
    await showMore(current);
    if (current !== generation) return;
    const suggestion = await suggestionLink(term, shownViews);
    if (current !== generation) return;
    status.replaceChildren(...statusContent(ui, term, results.length, suggestion, form.dataset['entities']!));
    if (offered.length > 0) showCounts(found.filters);
  }

  async function loadFilters(): Promise<void> {
    const counts = await pagefind.then((p) => p.filters()).catch(() => undefined);
    groupsBox.replaceChildren();
    if (!counts) {
      groupsBox.append(element('p', '', ui.text('search.filtersFailed')));
      return;
    }
    const groups = filterGroups(counts, (name) => ui.text(`search.filter.${name}`));
    if (groups.length === 0) groupsBox.append(element('p', 'search-filter-none', ui.text('search.nothingToFilter')));
    for (const group of groups) {
      const fieldset = element('fieldset', 'search-filter');
      fieldset.append(element('legend', '', group.label));
      for (const { value, count } of group.values) {
        const label = element('label', 'search-filter-value');
        const box = element('input', '');
        box.type = 'checkbox';
        box.name = group.name;
        box.value = value;
        const text = element('span', '', `${value} (${count})`);
        offered.push({ name: group.name, value, label: text });
        label.append(box, text);
        fieldset.append(label);
      }
      groupsBox.append(fieldset);
    }
    if (input.value.trim()) void search(input.value.trim());
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const term = input.value.trim();
    // The index chunks for the words load while the reader is still typing.
    if (term) pagefind.then((p) => p.preload(term)).catch(() => {});
    timer = setTimeout(() => void search(term), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value.trim());
  });
  more.addEventListener('click', () => void showMore(generation));
  groupsBox.addEventListener('change', () => void search(input.value.trim()));
  panel.addEventListener('toggle', () => {
    if (panel.open && !panel.dataset['loaded']) {
      panel.dataset['loaded'] = 'true';
      void loadFilters();
    }
  });

  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (query) {
    input.value = query;
    void search(query);
  }
}
