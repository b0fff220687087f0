import type { Logger } from '../logger.ts';

/** Tells the person or the CI log how far the listing has got. */
export interface Progress {
  /** `read` threads so far, out of `total` when the run lists everything. */
  listed(read: number, total: number | undefined): void;
  /** Clears a bar before the summary is printed. */
  finish(): void;
  /** Clears a bar so that a log line starts on a line of its own. */
  interrupt(): void;
}

export const silentProgress: Progress = { listed() {}, finish() {}, interrupt() {} };

const barWidth = 24;

/** A redrawn bar on a terminal; one plain line per page in CI logs. */
export function createProgress(
  log: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY) {
    return {
      listed: (read, total) => log.info(total === undefined
        ? `read ${read} updated ${read === 1 ? 'thread' : 'threads'}`
        : `read ${read} of ${total} threads`),
      finish() {},
      interrupt() {},
    };
  }
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  return {
    listed(read, total) {
      const text = total === undefined || total === 0
        ? `${read} updated threads read`
        : `${bar(read / total)} ${read}/${total} threads`;
      stream.write(`\r[rounds:sync] ${text}\x1b[K`);
      drawn = true;
    },
    finish: clear,
    interrupt: clear,
  };
}

function bar(fraction: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * barWidth);
  return `▕${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}▏`;
}
