/**
 * The dossier the pre-build check assembled, handed to the pages of the same
 * build. The check runs in the integration and the pages in Astro's
 * prerender bundle, which holds its own copies of every module, so the
 * handover goes through a registered symbol on the global object rather than
 * a module variable. Only `astro build` hands one over; `astro dev` (content
 * that changes while it runs) always assembles from the collections.
 */
import type { Dossier } from '../lib/dossier/model.ts';

const KEY = Symbol.for('briefing-dossier:checked-dossier');
type Holder = { [KEY]?: Dossier | undefined };

export function handOverCheckedDossier(dossier: Dossier | undefined): void {
  (globalThis as Holder)[KEY] = dossier;
}

export function checkedDossier(): Dossier | undefined {
  return (globalThis as Holder)[KEY];
}
