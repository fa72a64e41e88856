// Arrow keys, Home and End move between row headers; Enter and Space are the buttons' own.
const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

export function enableRowNavigation(list: HTMLElement): void {
  list.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!KEYS.has(event.key) || !(target instanceof HTMLElement) || !target.classList.contains('row-header')) return;
    const headers = Array.from(list.querySelectorAll<HTMLElement>(':scope > .row > .row-header'));
    const at = headers.indexOf(target);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? headers.length - 1 : event.key === 'ArrowDown' ? Math.min(at + 1, headers.length - 1) : Math.max(at - 1, 0);
    event.preventDefault();
    headers[next]?.focus();
  });
}
