export const PUBLISHED = '2026-02-03';
