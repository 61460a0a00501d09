import { z } from 'astro/zod';

/** A link to another site: http or https only. */
export const HttpUrlSchema = z
  .string()
  .refine((v) => /^https?:\/\/[^\s/]+/iu.test(v) && URL.canParse(v), { message: 'must be an http:// or https:// URL' })
  .meta({ title: 'URL, `http://` or `https://`' });
