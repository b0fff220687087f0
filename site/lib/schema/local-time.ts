import { z } from 'astro/zod';

const shape = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/** True for a wall-clock time whose day exists and whose hour and minute are in range. */
function isWallClock(year: number, month: number, day: number, hour: number, minute: number) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day && hour < 24 && minute < 60;
}

/**
 * A time as the clock on the wall shows it where the event happens, written
 * `YYYY-MM-DDTHH:MM` (a space may stand in for the `T`). It carries no offset:
 * the event's `time_zone` says where the wall is, so one edit of the zone moves
 * every time together and daylight-saving changes are worked out for the editor.
 * The value is normalised to the `T` form.
 */
export const localDateTime = z.string().transform((value, context) => {
  const match = shape.exec(value);
  const parts = match?.slice(1).map(Number);
  if (!parts) {
    const offset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(value);
    context.addIssue({
      code: 'custom',
      input: value,
      message: offset
        ? `expected the local time without an offset, such as \`2025-10-17T09:00\`; ` +
          `found \`${value}\` (the offset comes from \`time_zone\`)`
        : `expected a local time written as YYYY-MM-DDTHH:MM, such as ` +
          `\`2025-10-17T09:00\`; found \`${value}\``,
    });
    return z.NEVER;
  }
  const [year, month, day, hour, minute] = parts as [number, number, number, number, number];
  if (!isWallClock(year, month, day, hour, minute)) {
    context.addIssue({
      code: 'custom',
      input: value,
      message: `expected a day that exists and a time from 00:00 to 23:59; found \`${value}\``,
    });
    return z.NEVER;
  }
  return value.replace(' ', 'T');
});
