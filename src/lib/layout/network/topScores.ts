/** The top of a ranking (brokers by brokerage or contacts): pure, and light enough for the first page load. */

/** The `count` highest scores above zero, highest first (ties by id). */
export function topScores(
	scores: ReadonlyMap<string, number>,
	count: number
): { id: string; score: number }[] {
	return [...scores]
		.filter(([, score]) => score > 0)
		.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
		.slice(0, count)
		.map(([id, score]) => ({ id, score }));
}
