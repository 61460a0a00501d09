/** The parts of citation-js this project uses; the packages ship no types. */
declare module '@citation-js/core' {
  export class Cite {
    /** CSL-JSON items, or text in any format a loaded plugin reads (BibTeX, RIS, …). */
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    readonly data: Record<string, unknown>[];
    /** RIS as one record of tags per item, each tag with its value or values. */
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    /** `data` is CSL-JSON; `bibtex` and `ris` come from their plugins. */
    format(format: 'data' | 'bibtex' | 'ris', options?: { format?: 'text' }): string;
  }
  export const plugins: {
    config: { get(plugin: '@bibtex'): { format: { checkLabel: boolean } } };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
