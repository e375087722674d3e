/** Test input for the CSV reader and writer. */
import fc from 'fast-check';

/** Strings of any UTF-16 code units, with CSV's own characters and formula starts often. */
export const anyString = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 12 }),
	fc
		.array(
			fc.constantFrom(
				',',
				';',
				'\t',
				'\r',
				'\n',
				'\r\n',
				'"',
				"'",
				'=',
				'+',
				'-',
				'@',
				' ',
				'a',
				'1',
				'.',
				'\uFEFF',
				'\u00A0'
			),
			{ maxLength: 10 }
		)
		.map((parts) => parts.join(''))
);
