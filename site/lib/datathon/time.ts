/**
 * Wall-clock times in IANA time zones, with nothing but Intl: Node 24 has no
 * Temporal yet, and a time-zone library would double what the build loads.
 */

const minute = 60_000;
const hour = 60 * minute;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** True when Intl knows the zone (canonical names, aliases such as `US/Eastern`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone name worth suggesting for a typo. */
export function knownTimeZones(): string[] {
  return [...Intl.supportedValuesOf('timeZone'), 'UTC'];
}

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** The wall clock in `zone` at instant `ms`, as milliseconds of a UTC calendar. */
function wallAt(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(ms)) parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
}

/** Minutes `zone` is ahead of UTC at instant `ms` (negative west of Greenwich). */
export function offsetMinutes(ms: number, zone: string): number {
  return Math.round((wallAt(ms, zone) - Math.floor(ms / minute) * minute) / minute);
}

/** Reads `YYYY-MM-DDTHH:MM` as if it were UTC. */
function wallFrom(local: string): number {
  const [date = '', time = ''] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return Date.UTC(y!, m! - 1, d!, h!, min!);
}

/**
 * The instant a wall-clock time in `zone` stands for. When clocks go back and
 * the time happens twice, the first one is meant. When clocks go forward and
 * the time never happens, `exists` is false and the instant is where the time
 * would fall with the earlier offset, so callers can still order things.
 */
export function toInstant(local: string, zone: string): { ms: number; exists: boolean } {
  const wall = wallFrom(local);
  // Offsets change at most a few hours at a time, so the offsets half a day
  // either side are the only ones that can apply.
  const offsets = [offsetMinutes(wall - 12 * hour, zone), offsetMinutes(wall + 12 * hour, zone)];
  const candidates = offsets
    .map((offset) => wall - offset * minute)
    .filter((ms) => wallAt(ms, zone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return { ms: candidates[0]!, exists: true };
  return { ms: wall - offsets[0]! * minute, exists: false };
}

/** `+05:30`, `-05:00` or `+00:00`. */
function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  return `${sign}${hh}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the zone's offset at that instant: `2025-10-17T09:00:00-05:00`. */
export function isoInZone(ms: number, zone: string): string {
  const offset = offsetMinutes(ms, zone);
  const wall = new Date(ms + offset * minute).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}

/** UTC offset as readers see it: `UTC−05:00`, with a true minus sign. */
export function offsetLabel(ms: number, zone: string): string {
  return `UTC${formatOffset(offsetMinutes(ms, zone)).replace('-', '−')}`;
}

/** The calendar day in `zone` at instant `ms`, as YYYY-MM-DD. */
export function dayInZone(ms: number, zone: string): string {
  return new Date(wallAt(ms, zone)).toISOString().slice(0, 10);
}
