const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});

/** A post's date as readers see it: `3 March 2024` (UTC, as GitHub stores it). */
export function dayText(iso: string): string {
  return day.format(new Date(iso));
}

/** `1 answer`, `3 answers`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The thread's address when it is an https address (GitHub, or GitHub
 * Enterprise's host); otherwise the address GitHub gives the number. The
 * cache is untrusted, and this link does not pass through the sanitiser.
 */
export function githubThreadUrl(url: string, repository: string, number: number): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return parsed.href;
  } catch {
    // fall through to the address GitHub gives discussions
  }
  return `https://github.com/${repository}/discussions/${number}`;
}
