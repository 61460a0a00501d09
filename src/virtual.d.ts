/** Modules made by the dossier integration's Vite plugin (src/integrations/dossier.ts). */
declare module 'virtual:dossier/config' {
  /** The integration's resolved options that the content loader needs. */
  export const dossierConfig: { readonly content: string };
}
