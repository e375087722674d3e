import { describe, expect, it } from 'vitest';
import {
	describeReportedAt,
	isHappenedStatus
} from '../../../../src/lib/data/time/describeReportedAt';
import type { EventStatus } from '../../../../src/lib/data/schema';

describe('describeReportedAt', () => {
	const cases: [EventStatus, string | undefined, string | null][] = [
		['planned', '2025-05-01', 'Announced 1 May 2025'],
		['tentative', '2025-05-01', 'Announced 1 May 2025'],
		['postponed', '2025-05-01', 'Announced 1 May 2025'],
		['cancelled', '2025-12-31', 'Announced 31 Dec 2025'],
		['occurred', '2025-05-01', 'Reported 1 May 2025'],
		['reported', '2025-05-01', 'Reported 1 May 2025'],
		['claimed', '0099-01-09', 'Reported 9 Jan 0099'],
		['occurred', undefined, null],
		['planned', '2025-02-30', null]
	];
	it.each(cases)(
		'describeReportedAt({ status: %s, reportedAt: %s }) is %s',
		(status, reportedAt, expected) => {
			const event = reportedAt === undefined ? { status } : { status, reportedAt };
			const before = structuredClone(event);
			expect(describeReportedAt(event)).toBe(expected);
			expect(event).toEqual(before);
		}
	);

	it('isHappenedStatus(status) is true only for occurred, reported and claimed', () => {
		const happened = (
			['occurred', 'planned', 'tentative', 'postponed', 'cancelled', 'reported', 'claimed'] as const
		).filter(isHappenedStatus);
		expect(happened).toEqual(['occurred', 'reported', 'claimed']);
	});
});
