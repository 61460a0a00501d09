/** `npm run reference`: writes docs/reference.md from the content schemas (src/lib/reference). */
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { contentReference } from '../lib/reference/content-reference.ts';

const target = 'docs/reference.md';
writeFileSync(target, contentReference());
process.stdout.write(`${target}\n`);
