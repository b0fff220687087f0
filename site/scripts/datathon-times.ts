// Progressive enhancement of a datathon schedule: the page shows times in the
// event's zone; this offers the reader's own zone. Without it nothing is lost.

const button = document.querySelector<HTMLButtonElement>('#time-toggle');
const caption = document.querySelector<HTMLElement>('#schedule-zone');
const ranges = [...document.querySelectorAll<HTMLElement>('[data-time-range]')];

if (button && caption && ranges.length > 0) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const eventCaption = caption.textContent ?? '';
  const shown = new Map(ranges.map((range) => [range, range.innerHTML]));
  // The reader's own locale: these times are for them.
  const day = new Intl.DateTimeFormat(undefined,
    { weekday: 'short', day: 'numeric', month: 'short' });
  const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

  // The reader's day can differ from the event's, so each time says its own day.
  const local = (range: HTMLElement) => {
    const [start, end] = [...range.querySelectorAll('time')]
      .map((time) => new Date(time.dateTime));
    if (!start || !end) return;
    const [startTime, endTime] = range.querySelectorAll('time');
    const sameDay = day.format(start) === day.format(end);
    startTime!.textContent = `${day.format(start)}, ${clock.format(start)}`;
    endTime!.textContent = sameDay ? clock.format(end) : `${day.format(end)}, ${clock.format(end)}`;
  };

  button.textContent = `Show times in my time zone (${zone})`;
  button.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    const toLocal = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(toLocal));
    for (const range of ranges) {
      if (toLocal) local(range);
      else range.innerHTML = shown.get(range) ?? range.innerHTML;
    }
    caption.textContent = toLocal
      ? `Times are in your time zone, ${zone}, each with its own day.`
      : eventCaption;
  });
}
