/**
 * The files of a new dossier (`npm run new -- <folder>`): a briefing, one
 * topic citing one example article, and the optional files and folders, empty,
 * in the seed's formats. A dossier that `npm run check` passes and `npm run
 * build` builds as it is, for its author to replace part by part.
 */

/** The example article's id: its file name in articles/, which the topic and the briefing cite. */
const ARTICLE_ID = 'example-report';

/** Each file of the new dossier by its path in the folder; folders end in "/" and have no content. */
export function newDossierFiles(today: string): ReadonlyMap<string, string> {
  return new Map([
    [
      'dossier.md',
      `---
title: "A new dossier"
summary: "What this dossier is about, in one sentence: it appears on the home page and in search results."
updated: "${today}"
information_as_of: "${today}"
language: "en"
---

## Bottom line

- **Low confidence.** The example report says the bridge reopened to traffic [@${ARTICLE_ID}, "The bridge reopened to traffic on Monday"]. *Basis:* one report, naming no source. Replace this judgment with the dossier's own findings, each with its confidence, its citations and its basis. {#bridge-reopened}

## Why it matters

Say here why the findings matter to the reader.

{slot:pending}

Sources: see the [index of sources](/sources/).
`,
    ],
    [
      'topics/example-topic.md',
      `---
title: "An example topic"
summary: "One or two sentences on what this topic covers."
order: 1
updated: "${today}"
---

## Key judgments

- **Low confidence.** The bridge reopened after repairs [@${ARTICLE_ID}, "The bridge reopened to traffic on Monday"]. *Basis:* one report, naming no source. {#bridge-reopened}

## What the sources say

A citation names an article by its id and quotes its words exactly [@${ARTICLE_ID}, "after two weeks of repairs"], or names a paragraph by its number [@${ARTICLE_ID}, ¶2].
`,
    ],
    [
      `articles/${ARTICLE_ID}.md`,
      `---
title: "Bridge reopens after repairs"
title_supplied: true
outlet: "Unknown"
published: "${today}"
added: "${today}"
language: "en"
notes:
  - quote: "after two weeks of repairs"
    kind: caution
    note: "The report does not say who gave this figure; check it against a second source."
---

The bridge reopened to traffic on Monday after two weeks of repairs.

Replace this example with a real article: \`npm run add -- <file>\` imports one, its text verbatim.
`,
    ],
    ['claims/', ''],
    ['timeline.yaml', '# Events, in the format of the README\'s "Timeline": date, event, topic, cite.\n[]\n'],
    ['entities.yaml', '# People, organisations and places: name, kind, aliases.\n[]\n'],
    ['origins.yaml', '# Where the reports\' information comes from: id, name, kind, date.\n[]\n'],
  ]);
}
