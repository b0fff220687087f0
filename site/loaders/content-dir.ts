import { resolve } from 'node:path';

/** The content folder: `content/`, or ROUNDS_CONTENT (benchmarks and tests). */
export const contentDir = resolve(process.env.ROUNDS_CONTENT ?? 'content');
