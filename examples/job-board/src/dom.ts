// Small DOM helpers: typed look-ups, dates, copying to the clipboard, and announcements for screen readers.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`#${id} is missing from the page`);
  }
  return element as T;
}

export function fillSelect<V extends string>(select: HTMLSelectElement, labels: Record<V, string>, selected?: V): void {
  select.replaceChildren(
    ...(Object.entries(labels) as [V, string][]).map(([value, label]) => new Option(label, value, false, value === selected)),
  );
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function isoToday(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
});

/** "Mon 23 Nov 2026" for a YYYY-MM-DD date (a calendar day, so formatted in UTC to stay that day). */
export function formatDay(isoDay: string): string {
  return dateFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

const announcer = () => byId('announcer');

/** Says something to screen-reader users without moving their focus. */
export function announce(message: string): void {
  const region = announcer();
  region.textContent = '';
  window.setTimeout(() => { region.textContent = message; }, 50);
}

/** Copies text with the asynchronous clipboard API, falling back to a selected textarea. */
export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or the document lost focus: try the old way.
    }
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.position = 'fixed';
  scratch.style.opacity = '0';
  document.body.append(scratch);
  const focused = document.activeElement as HTMLElement | null;
  scratch.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  scratch.remove();
  focused?.focus();
  return copied;
}

export function setStatus(element: HTMLElement, message: string, kind: 'ok' | 'error' | 'info' = 'info'): void {
  element.textContent = message;
  element.classList.toggle('status--ok', kind === 'ok');
  element.classList.toggle('status--error', kind === 'error');
}
