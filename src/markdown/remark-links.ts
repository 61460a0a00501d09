/**
 * remark plugin: the links and images an author writes in a citing document.
 *
 * - A link written from the site's root (`[index of sources](/sources/)`)
 *   gets the base path the site is hosted under, so that one Markdown link
 *   works on every page that shows the document (the home page, the print
 *   edition) and under any base (GitHub Pages' `/<repo>/`). Relative links are
 *   left as written.
 * - A link to anything but the web, mail or the site (`javascript:`, `data:`)
 *   is an error at its place, and so is an image from another host: the CSP
 *   would stop both, but a page should not carry them at all.
 *
 * It handles only the author's links, before the other plugins add their own.
 */
import type { Root, Link, Definition, Image } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface RemarkLinksOptions {
  /** The site's root URL, ending in a slash (`/`, `/briefings/june/`). */
  readonly root?: string;
  /** Lines of the file before the Markdown, to report true line numbers. */
  readonly lineOffset?: number;
}

/** A URL with a scheme (`https:`, `javascript:`), or protocol-relative (`//host`). */
const SCHEME = /^([a-z][a-z\d+.-]*):/iu;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export default function remarkLinks(options: RemarkLinksOptions = {}) {
  const root = options.root ?? '/';
  const lineOffset = options.lineOffset ?? 0;
  return (tree: Root, file: VFile) => {
    const refuse = (node: Link | Definition | Image, message: string) => {
      const place = { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 };
      const m = file.message(message, { place, ruleId: 'unsafe-link', source: 'remark-links' });
      m.fatal = true;
    };
    visit(tree, ['link', 'definition', 'image'], (node) => {
      const link = node as Link | Definition | Image;
      const url = link.url.trim();
      const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
      const remote = url.startsWith('//') || scheme === 'http' || scheme === 'https';
      if (link.type === 'image') {
        if (remote || (scheme && scheme !== 'data')) refuse(link, `The image "${url.slice(0, 80)}" is on another host: a page of the dossier loads nothing from elsewhere. Put the image in public/ and link it from the site's root.`);
        else if (scheme === 'data') refuse(link, 'An image written as a data: URL cannot be checked: put the image in public/ and link it from the site\'s root.');
        return;
      }
      if (scheme && !SAFE_SCHEMES.has(scheme)) {
        refuse(link, `A link to "${scheme}:" is not a link a reader can follow safely: only web (http, https) and mail (mailto) links, and links within the site, are allowed.`);
        return;
      }
      if (url.startsWith('/') && !url.startsWith('//')) link.url = `${root}${url.slice(1)}`;
    });
  };
}
