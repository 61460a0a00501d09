/** `npm run check`: validates all content without building the site (see check-command.ts). */
import process from 'node:process';
import { checkCommand } from './check-command.ts';

process.exitCode = await checkCommand({ cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
