import { z } from 'astro/zod';

/** A BCP 47 language tag such as `en` or `fr-CA`; defaults to English. */
export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u, { message: 'must be a language tag such as "en" or "fr-CA"' })
  .meta({ title: 'language tag, e.g. `en`, `fr-CA`' })
  .default('en');
