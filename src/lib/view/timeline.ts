/** The timeline: each dated event links to its topic. */

/** The title and page of an event's topic; an unknown topic shows its slug and links home. */
export function eventTopic(topics: readonly { readonly id: string; readonly title: string; readonly url: string }[], slug: string, home: string): { title: string; href: string } {
  const topic = topics.find((t) => t.id === slug);
  return topic ? { title: topic.title, href: topic.url } : { title: slug, href: home };
}
