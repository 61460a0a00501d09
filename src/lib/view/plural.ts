/** Counts in running text. */
const englishPlural = new Intl.PluralRules('en');

/** "1 mention", "3 mentions": the count and the noun in the number English wants. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${englishPlural.select(count) === 'one' ? singular : plural}`;
}
