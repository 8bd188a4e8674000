import { isRealDate } from './dates.js';
import type { TimelineItem } from './types.js';

/**
 * The rules the schema cannot say, in one place: what the widgets keep of a file
 * (`clean()` in load.ts) and what the data checker (check.ts) reports about it are decided here,
 * so that the two cannot disagree.
 */

/** The three lists of a dataset, in the order they are checked. */
export type ListKey = 'municipalities' | 'themes' | 'timeline';

/** The fields holding links, per list: only https:, http: and mailto: links survive (`safeUrl`). */
export const linkFields: Record<ListKey, string[]> = {
  municipalities: ['website'],
  themes: ['url', 'source_urls'],
  timeline: ['source_urls'],
};

/**
 * The days of the file itself (not of its items): one that does not exist is left out. `clean()`
 * names them one by one, to keep the widgets small; a test holds the two to the same fields.
 */
export const dayFields = ['reference_date', 'population_reference_date'] as const;

/** Whether the file's list is left to the bundled data: it is missing or empty. */
export const takesBundled = (items: unknown[] | undefined): boolean => !items || items.length === 0;

/** The dates of a timeline item, which must all exist: `start`, `end`, then the milestones'. */
export const timelineDates = (item: TimelineItem): (string | undefined)[] => [
  item.start,
  item.end,
  ...(item.milestones ?? []).map((ms) => ms.date),
];

/** Whether a date of a timeline item is given but does not exist (`2023-02-29`, `2024-13`). */
export const unreal = (date?: string): date is string => date !== undefined && !isRealDate(date);

/**
 * What the schema cannot say about a timeline item, for an item it accepts: the first of its
 * dates that does not exist, or, when every date exists, `[start, end]` if it ends before it
 * starts (`2019-05` to `2019` ends in the year it starts, and is fine). Such an item is dropped.
 * ISO dates compare as text: no collator, whose first use in a page takes long.
 */
export function timelineTrouble(item: TimelineItem): string | [start: string, end: string] | undefined {
  const { start, end } = item;
  return (
    timelineDates(item).find(unreal) ??
    (end && end < start && !start.startsWith(end) ? [start, end] : undefined)
  );
}

/**
 * What makes two items of a list the same: of two items with the same identity (a municipality's
 * code, in any case, or its slug; the id of a theme or timeline item), the later one is dropped.
 */
export const identities = (key: ListKey, item: Record<string, string>): string[] =>
  key === 'municipalities' ? [item.code.toLowerCase(), item.slug] : [item.id];

/**
 * The items of a file's list that the widgets show, in order: those that `valid` accepts (the
 * schema), whose dates hold (timeline) and that repeat no identity of an item kept before them.
 * `dropped` hears of every other item at once, right after `valid` judged it, so a validator's
 * errors still describe it: with neither `trouble` nor `repeats` when the schema refused it, else
 * with the trouble of its dates (which is why it was dropped) and the identity it repeats.
 */
export function sift<T>(
  key: ListKey,
  items: unknown[],
  valid: (item: unknown) => boolean,
  dropped: (index: number, trouble?: string | [string, string], repeats?: string) => void,
): T[] {
  const seen = new Set<string>();
  return items.filter((item, index) => {
    let trouble;
    let repeats;
    if (valid(item)) {
      const keys = identities(key, item as Record<string, string>);
      trouble = key === 'timeline' ? timelineTrouble(item as TimelineItem) : undefined;
      repeats = keys.find((k) => seen.has(k));
      if (!trouble && !repeats) {
        keys.forEach((k) => seen.add(k));
        return true;
      }
    }
    dropped(index, trouble, repeats);
    return false;
  }) as T[];
}
