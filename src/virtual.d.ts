/** Modules made by the dossier integration's Vite plugin (src/integrations/vite-plugin.ts): the project's component, or the dossier's. */
declare module 'virtual:dossier/components/Header' {
  const Header: typeof import('./components/Header.astro').default;
  export default Header;
}
declare module 'virtual:dossier/components/Footer' {
  const Footer: typeof import('./components/Footer.astro').default;
  export default Footer;
}
declare module 'virtual:dossier/components/SourceReference' {
  const SourceReference: typeof import('./components/SourceReference.astro').default;
  export default SourceReference;
}
