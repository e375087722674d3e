/** `npm run schema`: regenerates data/schema.json from the valibot schema. */
import { writeFile } from 'node:fs/promises';
import { buildJsonSchema } from '../lib/data/validation/jsonSchema';

const target = new URL('../../data/schema.json', import.meta.url);
await writeFile(target, `${JSON.stringify(buildJsonSchema(), null, '\t')}\n`);
console.log(`wrote ${target.pathname}`);
