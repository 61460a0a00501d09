/**
 * An Atom feed (RFC 4287) whose titles and summaries are text, not HTML: a
 * source's title is the source's words, and a feed reader must show them as
 * such, never render a tag in them (a tracking pixel, a script). Written with
 * xml-js, which escapes text; control characters, which XML 1.0 forbids, are
 * removed, so one bad title cannot break the feed for every subscriber.
 */
import { js2xml, type ElementCompact } from 'xml-js';
import { withoutControlCharacters } from '../text/control-characters.ts';

export interface AtomEntry {
  readonly id: string;
  readonly link: string;
  readonly title: string;
  readonly summary: string;
  readonly updated: Date;
}

export interface AtomFeed {
  readonly id: string;
  readonly link: string;
  /** The feed's own URL. */
  readonly self: string;
  readonly title: string;
  readonly subtitle: string;
  /** BCP 47 tag of its text. */
  readonly language: string;
  readonly updated: Date;
  readonly generator: string;
  readonly entries: readonly AtomEntry[];
}

const text = (value: string): ElementCompact => ({ _attributes: { type: 'text' }, _text: withoutControlCharacters(value) });
const plain = (value: string): ElementCompact => ({ _text: withoutControlCharacters(value) });
const link = (href: string, rel?: string): ElementCompact => ({ _attributes: { ...(rel ? { rel } : {}), href: withoutControlCharacters(href) } });

/** The feed as XML text. */
export function atomXml(feed: AtomFeed): string {
  return js2xml(
    {
      _declaration: { _attributes: { version: '1.0', encoding: 'utf-8' } },
      feed: {
        _attributes: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': withoutControlCharacters(feed.language) },
        id: plain(feed.id),
        title: text(feed.title),
        subtitle: text(feed.subtitle),
        updated: plain(feed.updated.toISOString()),
        generator: plain(feed.generator),
        link: [link(feed.link, 'alternate'), link(feed.self, 'self')],
        entry: feed.entries.map((entry) => ({
          title: text(entry.title),
          id: plain(entry.id),
          link: link(entry.link, 'alternate'),
          updated: plain(entry.updated.toISOString()),
          summary: text(entry.summary),
        })),
      },
    },
    // xml-js escapes text and the quotes of attribute values, but not their ampersands and angle brackets.
    { compact: true, spaces: 4, attributeValueFn: (value) => value.replace(/&(?!quot;)/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;') },
  );
}
