/**
 * The content files as the model takes them, whether read from disk
 * (src/lib/dossier/load.ts) or handed over by a test: the assembly's input,
 * kept apart from the model so that the parts that check inputs need not
 * import the model they help build.
 */
import type { ArticleData } from '../../schemas/article.ts';
import type { TopicData } from '../../schemas/topic.ts';
import type { DossierData } from '../../schemas/dossier.ts';
import type { ClaimData } from '../../schemas/claim.ts';
import type { EventData } from '../../schemas/event.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { OriginData } from '../../schemas/origin.ts';

/** Line and column of a value in a file, e.g. of [2, 'positions', 0, 'cite']. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/** A Markdown content file: frontmatter and body. */
export interface ContentInput<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
  readonly body: string;
  readonly bodyLine: number;
  /** Line and column of a frontmatter field, when known. */
  readonly locate?: Locate;
  /** The digest of the file's bytes, when read from a file: what a kept rendering of it is found by (src/lib/dossier/rendered-store.ts). */
  readonly digest?: string;
}

/** A YAML list file. */
export interface ListInput<T> {
  readonly file: string;
  readonly items: readonly T[];
  /** Line and column of a value, when known. */
  readonly locate?: Locate;
}

export interface DossierInputs {
  readonly dossier: ContentInput<DossierData>;
  readonly articles: readonly ContentInput<ArticleData>[];
  readonly topics: readonly ContentInput<TopicData>[];
  /** Ids of articles whose files exist but failed validation. */
  readonly invalidArticleIds?: ReadonlySet<string>;
  /** Claims files, one per topic (`claims/<topic>.yaml`). */
  readonly claims?: readonly (ListInput<ClaimData> & { readonly topic: string })[];
  /** The timeline (`timeline.yaml`). */
  readonly timeline?: ListInput<EventData>;
  /** People, organisations and places (`entities.yaml`). */
  readonly entities?: ListInput<EntityData>;
  /** The origins articles relay (`origins.yaml`). */
  readonly origins?: ListInput<OriginData>;
  /** origins.yaml exists but failed validation: names of origins cannot be checked. */
  readonly invalidOrigins?: boolean;
}
