/**
 * Words and names for the synthetic dossiers: a fictional coastal region with
 * a port dispute, an energy crunch and an election, written like wire copy.
 * A few hundred words are enough for text that tokenises, indexes and
 * renders like real news; the names are invented so that no generated
 * sentence can be mistaken for a claim about a real person.
 */

/** An entity of `entities.yaml` and how the prose refers to it. */
export interface EntitySpec {
  readonly name: string;
  readonly kind: 'person' | 'organisation' | 'place';
  /** Every form the text uses; the name first. */
  readonly aliases: readonly string[];
  /** Job description for persons, e.g. "the transport minister". */
  readonly role?: string;
}

export const PEOPLE: readonly EntitySpec[] = [
  { name: 'Marta Lindqvist', kind: 'person', aliases: ['Marta Lindqvist', 'Lindqvist'], role: 'the transport minister' },
  { name: 'Tomas Ferreira', kind: 'person', aliases: ['Tomas Ferreira', 'Ferreira'], role: 'the harbour master' },
  { name: 'Anika Osei', kind: 'person', aliases: ['Anika Osei', 'Osei'], role: 'the union’s general secretary' },
  { name: 'Daniel Whitcombe', kind: 'person', aliases: ['Daniel Whitcombe', 'Whitcombe'], role: 'the opposition leader' },
  { name: 'Leila Haddad', kind: 'person', aliases: ['Leila Haddad', 'Haddad'], role: 'the chief auditor' },
  { name: 'Piotr Kaminski', kind: 'person', aliases: ['Piotr Kaminski', 'Kaminski'], role: 'a shipping executive' },
  { name: 'Helena Marsh', kind: 'person', aliases: ['Helena Marsh', 'Marsh'], role: 'the mayor of Aldmouth' },
  { name: 'Samuel Okafor', kind: 'person', aliases: ['Samuel Okafor', 'Okafor'], role: 'the grid operator’s chief executive' },
  { name: 'Ines Castellano', kind: 'person', aliases: ['Ines Castellano', 'Castellano'], role: 'a fisheries scientist' },
  { name: 'Viktor Halloran', kind: 'person', aliases: ['Viktor Halloran', 'Halloran'], role: 'the police commissioner' },
  { name: 'Ruth Abernethy', kind: 'person', aliases: ['Ruth Abernethy', 'Abernethy'], role: 'the assembly speaker' },
  { name: 'Jonas Brennan', kind: 'person', aliases: ['Jonas Brennan', 'Brennan'], role: 'a dock foreman' },
  { name: 'Amara Nwosu', kind: 'person', aliases: ['Amara Nwosu', 'Nwosu'], role: 'the energy regulator' },
  { name: 'Felix Dunmore', kind: 'person', aliases: ['Felix Dunmore', 'Dunmore'], role: 'a campaign spokesman' },
];

export const ORGANISATIONS: readonly EntitySpec[] = [
  { name: 'Harbour Authority', kind: 'organisation', aliases: ['Harbour Authority'] },
  { name: 'Ministry of Transport', kind: 'organisation', aliases: ['Ministry of Transport'] },
  { name: 'Coastal Workers Union', kind: 'organisation', aliases: ['Coastal Workers Union'] },
  { name: 'Northern Grid Company', kind: 'organisation', aliases: ['Northern Grid Company', 'Northern Grid'] },
  { name: 'Regional Assembly', kind: 'organisation', aliases: ['Regional Assembly'] },
  { name: 'Audit Office', kind: 'organisation', aliases: ['Audit Office'] },
  { name: 'Port Police', kind: 'organisation', aliases: ['Port Police'] },
  { name: 'Fisheries Council', kind: 'organisation', aliases: ['Fisheries Council'] },
  { name: 'Meridian Shipping Line', kind: 'organisation', aliases: ['Meridian Shipping Line', 'Meridian'] },
  { name: 'Green Coast Alliance', kind: 'organisation', aliases: ['Green Coast Alliance'] },
];

export const PLACES: readonly EntitySpec[] = [
  { name: 'Port Veyra', kind: 'place', aliases: ['Port Veyra'] },
  { name: 'Kessel Bay', kind: 'place', aliases: ['Kessel Bay'] },
  { name: 'Aldmouth', kind: 'place', aliases: ['Aldmouth'] },
  { name: 'Saltmarsh District', kind: 'place', aliases: ['Saltmarsh District', 'Saltmarsh'] },
  { name: 'Corran Island', kind: 'place', aliases: ['Corran Island'] },
  { name: 'Eastgate', kind: 'place', aliases: ['Eastgate'] },
];

/** Outlets the synthetic articles come from (invented), with a web domain for their URLs. */
export const OUTLETS: readonly { readonly name: string; readonly domain: string }[] = [
  { name: 'The Veyra Courier', domain: 'veyracourier.example' },
  { name: 'Coastline Daily', domain: 'coastlinedaily.example' },
  { name: 'Northern Ledger', domain: 'northernledger.example' },
  { name: 'Bay Herald', domain: 'bayherald.example' },
  { name: 'Regional Wire Service', domain: 'regionalwire.example' },
  { name: 'Aldmouth Evening Post', domain: 'aldmouthpost.example' },
  { name: 'The Harbour Observer', domain: 'harbourobserver.example' },
  { name: 'Island Radio News', domain: 'islandradio.example' },
  { name: 'Eastgate Gazette', domain: 'eastgategazette.example' },
  { name: 'Maritime Business Review', domain: 'maritimereview.example' },
  { name: 'The Saltmarsh Times', domain: 'saltmarshtimes.example' },
  { name: 'Public Broadcaster Online', domain: 'publicbroadcaster.example' },
];

/** Statements wire copies rest on; articles that share one count as one origin. */
/** The origins some articles rest on as a whole (`derived_from`), listed in the generated origins.yaml. */
export const WIRE_SOURCES: readonly { readonly id: string; readonly name: string; readonly kind: 'wire-story' | 'official-statement' | 'readout' }[] = [
  { id: 'regional-wire-bulletin', name: 'Regional Wire Service bulletin', kind: 'wire-story' },
  { id: 'harbour-authority-release', name: 'Harbour Authority press release', kind: 'official-statement' },
  { id: 'transport-ministry-briefing', name: 'Ministry of Transport briefing', kind: 'readout' },
];

export const NOUNS: readonly string[] = [
  'dredging plan', 'budget', 'contract', 'tariff', 'inquiry', 'strike', 'ferry service', 'power line', 'subsidy', 'ballot',
  'timetable', 'report', 'agreement', 'proposal', 'levy', 'pipeline', 'terminal', 'quota', 'audit', 'deadline',
  'shortfall', 'investigation', 'settlement', 'review', 'tender', 'wage offer', 'safety notice', 'grid upgrade', 'harbour wall', 'breakwater',
  'fishing ban', 'election pledge', 'consultation', 'loan', 'permit', 'closure', 'blackout', 'ceasefire in the dispute', 'pension fund', 'compensation scheme',
];

export const PLURAL_NOUNS: readonly string[] = [
  'households', 'dock workers', 'containers', 'ferries', 'trawlers', 'residents', 'shipments', 'complaints', 'jobs', 'tonnes of cargo',
  'voters', 'businesses', 'inspections', 'permits', 'applications', 'vessels', 'crossings', 'fines', 'claims', 'passengers',
  'substations', 'licences', 'tenders', 'pages of evidence', 'hours of overtime',
];

export const ADJECTIVES: readonly string[] = [
  'revised', 'disputed', 'long-delayed', 'costly', 'controversial', 'provisional', 'ambitious', 'modest', 'unexpected', 'urgent',
  'fragile', 'independent', 'detailed', 'preliminary', 'confidential', 'emergency', 'temporary', 'binding', 'cautious', 'sweeping',
  'partial', 'overdue', 'heavily criticised', 'widely expected', 'narrow', 'formal', 'public', 'internal', 'regional', 'fresh',
];

export const VERBS: readonly string[] = [
  'delay', 'approve', 'block', 'review', 'fund', 'suspend', 'extend', 'reject', 'endorse', 'cancel',
  'reopen', 'revise', 'challenge', 'protect', 'expand', 'limit', 'accelerate', 'replace', 'defend', 'scrap',
];

export const PAST_VERBS: readonly string[] = [
  'delayed', 'approved', 'blocked', 'reviewed', 'funded', 'suspended', 'extended', 'rejected', 'endorsed', 'cancelled',
  'reopened', 'revised', 'challenged', 'protected', 'expanded', 'limited', 'accelerated', 'replaced', 'defended', 'scrapped',
];

export const REPORTING_VERBS: readonly string[] = ['said', 'told reporters', 'warned', 'insisted', 'argued', 'acknowledged', 'confirmed', 'claimed', 'suggested', 'stressed'];

export const TIME_REFS: readonly string[] = [
  'the end of the month', 'next spring', 'the autumn session', 'the start of the fishing season', 'the new year', 'the summer recess',
  'the next budget', 'the election', 'the winter storms', 'Friday', 'the weekend', 'the next board meeting',
];

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const GROUPS: readonly string[] = [
  'small traders', 'commuters', 'fishing crews', 'pensioners', 'local councillors', 'shipowners', 'environmental groups', 'tenants',
  'night-shift workers', 'island families', 'hauliers', 'school governors',
];

export const DOCUMENTS: readonly string[] = ['memo', 'draft report', 'letter', 'briefing note', 'set of minutes', 'spreadsheet', 'legal opinion', 'email'];

export const CONNECTIVES: readonly string[] = ['However,', 'Meanwhile,', 'Separately,', 'Earlier,', 'In a statement,', 'By contrast,', 'Later,', 'Even so,'];

/** Adverbs and hedges that make sentences differ in length. */
export const ADVERBS: readonly string[] = ['quietly', 'publicly', 'repeatedly', 'briefly', 'formally', 'reluctantly', 'openly', 'again'];

/** Words the analysts' topic pages use between citations. */
export const TOPIC_SUBJECTS: readonly string[] = [
  'the port dispute', 'the grid upgrade', 'the fishing quotas', 'the ferry contract', 'the harbour wall', 'the audit findings',
  'the election campaign', 'the strike ballot', 'the dredging plan', 'the compensation scheme', 'the island crossings', 'the power cuts',
];
