/**
 * remark plugin: a link the author writes from the site's root
 * (`[index of sources](/sources/)`) gets the base path the site is hosted
 * under, so that one Markdown link works on every page that shows the
 * document (the home page, the print edition) and under any base (GitHub
 * Pages' `/<repo>/`). Relative links are left as written; protocol-relative
 * ones (`//host/…`) are other sites'. It rewrites only the author's links,
 * before the other plugins add links of their own.
 */
import type { Root, Link, Definition } from 'mdast';
import { visit } from 'unist-util-visit';

export interface RemarkSiteLinksOptions {
  /** The site's root URL, ending in a slash (`/`, `/briefings/june/`). */
  readonly root?: string;
}

export default function remarkSiteLinks(options: RemarkSiteLinksOptions = {}) {
  const root = options.root ?? '/';
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      if (link.url.startsWith('/') && !link.url.startsWith('//')) link.url = `${root}${link.url.slice(1)}`;
    });
  };
}
