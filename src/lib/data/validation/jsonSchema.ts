/** The JSON Schema of the dataset format, generated from the valibot schema (never by hand). */
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../schema';

export function buildJsonSchema(): Record<string, unknown> {
	// Rules JSON Schema cannot say (real calendar days, time zones) are skipped here; the
	// validator still applies them.
	return toJsonSchema(DatasetSchema, { errorMode: 'ignore', target: 'draft-07' }) as Record<
		string,
		unknown
	>;
}
