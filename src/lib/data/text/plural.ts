/** The page's number format ("12,400"), made once: `toLocaleString` builds a formatter per call. */
const NUMBER = new Intl.NumberFormat('en-GB');

/** "1 event", "2 events", "12,400 events": a count and its noun, in the page's number format. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
	return `${NUMBER.format(count)} ${pluralWord(count, noun, pluralNoun)}`;
}

/** "event" or "events" (or "was" or "were"): the word alone, where the number is written apart. */
export function pluralWord(count: number, word: string, pluralForm = `${word}s`): string {
	return count === 1 ? word : pluralForm;
}
