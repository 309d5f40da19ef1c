// One recorded change of a person's data: per field, the value before and after.
export type RecordedChange = { changedAt: Date | string; changes: Record<string, { from: unknown; to: unknown }> };

const instant = (at: Date | string): number => (at instanceof Date ? at.getTime() : new Date(at).getTime());

// The person's data as it was at a past instant: every change made after `at` is undone, so each field takes the value
// it had before the first of those changes. Fields the record does not have (merge notes) are left alone; a change made
// exactly at `at` counts as made.
export const personAsOf = <T extends Record<string, unknown>>({ current, changes, at }: { current: T; changes: readonly RecordedChange[]; at: Date | string }): T => {
  const limit = instant(at);
  const later = changes
    .map((c, i) => ({ c, i, t: instant(c.changedAt) }))
    .filter((x) => x.t > limit)
    .sort((x, y) => x.t - y.t || x.i - y.i);
  const result: Record<string, unknown> = { ...current };
  const restored = new Set<string>();
  for (const { c } of later) {
    for (const [field, { from }] of Object.entries(c.changes)) {
      if (!(field in current) || restored.has(field)) continue;
      result[field] = from;
      restored.add(field);
    }
  }
  return result as T;
};
