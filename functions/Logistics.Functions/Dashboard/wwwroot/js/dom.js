// Small DOM helpers. Nothing here writes HTML strings or style attributes: text goes in as text (no injection), and
// the Content-Security-Policy forbids inline styles anyway.

const SVG_NS = 'http://www.w3.org/2000/svg';

function set(el, props) {
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (name === 'text') el.textContent = String(value);
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'value' && 'value' in el) el.value = value;
    else if (name === 'checked' || name === 'selected' || name === 'disabled') el[name] = Boolean(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Creates an HTML element: h('a', { href: '…', class: 'x' }, 'text', otherNode). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  set(el, props);
  append(el, children);
  return el;
}

/** Creates an SVG element. */
export function s(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  set(el, props);
  append(el, children);
  return el;
}

/** The server's clock, as last reported: the test host runs on a manual clock, and "overdue" is the server's word. */
export const clock = {
  offset: 0,
  now() { return new Date(Date.now() + this.offset); },
  sync(serverNow) {
    const at = Date.parse(serverNow ?? '');
    if (!Number.isNaN(at)) this.offset = at - Date.now();
  },
};

const pad = (n) => String(n).padStart(2, '0');

/** "2026-11-21 08:00:05 UTC", or "—". */
export function formatTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** "in 3 h", "2 d ago", relative to the server's clock. */
export function relative(iso) {
  if (!iso) return '';
  const ms = Date.parse(iso) - clock.now().getTime();
  if (Number.isNaN(ms)) return '';
  const abs = Math.abs(ms);
  const [n, unit] = abs < 60e3 ? [Math.round(abs / 1e3), 's'] : abs < 3600e3 ? [Math.round(abs / 60e3), 'min']
    : abs < 86400e3 ? [Math.round(abs / 3600e3), 'h'] : [Math.round(abs / 86400e3), 'd'];
  return ms >= 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** A <time> element with the UTC text and the relative time as its title. */
export function time(iso) {
  if (!iso) return h('span', { class: 'muted' }, '—');
  return h('time', { datetime: iso, title: relative(iso) }, formatTime(iso));
}

/** A duration in words: "850 ms", "12 s", "3 min", "4.5 h". */
export function duration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60e3) return `${Math.round(ms / 1e3)} s`;
  if (ms < 3600e3) return `${Math.round(ms / 60e3)} min`;
  if (ms < 86400e3) return `${(ms / 3600e3).toFixed(1)} h`;
  return `${(ms / 86400e3).toFixed(1)} d`;
}

/** Pretty JSON in a <pre>, or a muted dash. */
export function json(value, label) {
  if (value === undefined || value === null) return h('p', { class: 'muted' }, '—');
  return h('pre', { class: 'json', tabindex: '0', 'aria-label': label }, JSON.stringify(value, null, 2));
}

/** A status badge: the text says it, the colour only repeats it. */
export function badge(text, kind) {
  return h('span', { class: ['badge', kind && `badge-${kind}`] }, text);
}

/** A horizontally scrollable region for a wide table, reachable by keyboard. */
export function scroller(label, table) {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}

/** A table with a caption, column headers and rows of cells (each cell: node, text or { cell, header }). */
export function table({ caption, columns, rows, empty, className }) {
  const head = h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c))));
  const body = h('tbody', null, rows.length === 0
    ? h('tr', null, h('td', { colspan: String(columns.length), class: 'muted' }, empty ?? 'Nothing to show.'))
    : rows.map((r) => h('tr', { class: r.className }, r.cells.map((c, i) => (i === 0 && r.rowHeader ? h('th', { scope: 'row' }, c) : h('td', null, c))))));
  return h('table', { class: className }, h('caption', null, caption), head, body);
}

/** Says something to screen readers (and leaves it visible to nobody else). */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // A change after a tick is announced even when the text repeats.
  setTimeout(() => { region.textContent = text; }, 50);
}
