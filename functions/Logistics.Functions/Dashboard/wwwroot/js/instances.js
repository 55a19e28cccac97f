// The instance list: filters (in the URL, never the key), counts per status, a creation histogram, and pages of
// instances read from the management API, one instance id prefix after another.
import { request, ensureOk, MANAGEMENT, DASHBOARD } from './api.js';
import { h, time, badge, table, scroller, clock, relative, announce } from './dom.js';
import { histogram } from './charts.js';

const CONTINUATION = 'x-ms-continuation-token';
const PAGE_SIZES = ['5', '10', '25', '50', '100'];

/** Reads the filters from the URL's query. */
function filtersOf(params) {
  return {
    statuses: (params.get('status') ?? '').split(',').filter(Boolean),
    name: params.get('name') ?? '',
    publisher: params.get('publisher') ?? '',
    prefix: params.get('prefix') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    top: PAGE_SIZES.includes(params.get('top')) ? params.get('top') : '25',
  };
}

/** A datetime-local value, read as UTC. */
const utc = (local) => {
  if (!local) return undefined;
  const at = new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
};

export function statusKind(status) {
  return { Running: 'info', Pending: 'info', Completed: 'ok', Failed: 'bad', Terminated: 'warn', Suspended: 'warn', Canceled: 'warn' }[status] ?? 'neutral';
}

/** True when a custom status says overdue, or its deadline has passed by the server's clock. */
export function isOverdue(custom) {
  return !!custom && typeof custom === 'object' && (custom.overdue === true || (!!custom.until && Date.parse(custom.until) <= clock.now().getTime()));
}

/** What an instance waits for, from its custom status. */
export function waitSummary(custom) {
  if (!custom || typeof custom !== 'object') return typeof custom === 'string' ? custom : h('span', { class: 'muted' }, '—');
  const overdue = isOverdue(custom);
  return h('span', { class: 'wait' },
    overdue ? badge('Overdue', 'bad') : null,
    custom.waitingFor ? h('span', null, ' ', h('strong', null, custom.waitingFor)) : h('span', null, ' ', custom.stage ?? ''),
    custom.until ? h('span', { class: 'muted' }, ' until ', time(custom.until), ` (${relative(custom.until)})`) : null);
}

export async function mount(view, params, ctx) {
  const filters = filtersOf(params);
  const pages = [{ stream: 0, token: null }];
  let pageIndex = 0;
  let stats = null;

  const countsBox = h('div', { class: 'counts' });
  const chartBox = h('div', { class: 'chart-box' });
  const listBox = h('div', { class: 'list-box' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of instances' });
  const loading = h('p', { class: 'muted', role: 'status' });

  const orchestrations = ctx.meta.orchestrations;
  const statusBoxes = ctx.meta.runtimeStatuses.map((st) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'status', value: st, checked: filters.statuses.includes(st) }), ` ${st}`));
  const nameSelect = h('select', { id: 'f-name', name: 'name' },
    h('option', { value: '' }, 'Any orchestration'),
    orchestrations.map((o) => h('option', { value: o.name, selected: o.name === filters.name }, o.name)));
  const publisherInput = h('input', { id: 'f-publisher', name: 'publisher', type: 'text', value: filters.publisher, list: 'publisher-list', autocomplete: 'off', spellcheck: 'false' });
  const publisherList = h('datalist', { id: 'publisher-list' });
  const prefixInput = h('input', { id: 'f-prefix', name: 'prefix', type: 'text', value: filters.prefix, autocomplete: 'off', spellcheck: 'false', placeholder: 'inbound~acme~' });
  const fromInput = h('input', { id: 'f-from', name: 'from', type: 'datetime-local', value: filters.from });
  const toInput = h('input', { id: 'f-to', name: 'to', type: 'datetime-local', value: filters.to });
  const topSelect = h('select', { id: 'f-top', name: 'top' }, PAGE_SIZES.map((n) => h('option', { value: n, selected: n === filters.top }, n)));

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter instances', onsubmit: (e) => { e.preventDefault(); apply(); } },
    h('fieldset', { class: 'statuses' }, h('legend', null, 'Runtime status'), statusBoxes),
    h('div', { class: 'field' }, h('label', { for: 'f-name' }, 'Orchestration'), nameSelect),
    h('div', { class: 'field' }, h('label', { for: 'f-publisher' }, 'Publisher'), publisherInput, publisherList),
    h('div', { class: 'field' }, h('label', { for: 'f-prefix' }, 'Instance id prefix'), prefixInput),
    h('div', { class: 'field' }, h('label', { for: 'f-from' }, 'Created from (UTC)'), fromInput),
    h('div', { class: 'field' }, h('label', { for: 'f-to' }, 'Created to (UTC)'), toInput),
    h('div', { class: 'field' }, h('label', { for: 'f-top' }, 'Page size'), topSelect),
    h('div', { class: 'form-buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply filters'),
      h('button', { type: 'button', class: 'quiet', onclick: () => ctx.navigate('?view=instances') }, 'Reset')));

  view.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Orchestration instances'),
    form,
    h('section', { 'aria-labelledby': 'counts-title', class: 'panel' }, h('h2', { id: 'counts-title' }, 'By runtime status'), countsBox, chartBox),
    h('section', { 'aria-labelledby': 'list-title', class: 'panel' }, h('h2', { id: 'list-title' }, 'Instances'), loading, listBox, pager));

  ctx.publishers().then((ids) => publisherList.replaceChildren(...ids.map((id) => h('option', { value: id }))));

  function apply() {
    const q = new URLSearchParams({ view: 'instances' });
    const statuses = statusBoxes.map((l) => l.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    if (statuses.length) q.set('status', statuses.join(','));
    for (const [key, input] of [['name', nameSelect], ['publisher', publisherInput], ['prefix', prefixInput], ['from', fromInput], ['to', toInput]]) {
      if (input.value.trim()) q.set(key, input.value.trim());
    }

    if (topSelect.value !== '25') q.set('top', topSelect.value);
    ctx.navigate(`?${q}`);
  }

  const listQuery = () => ({
    runtimeStatus: filters.statuses.join(',') || undefined,
    createdTimeFrom: utc(filters.from),
    createdTimeTo: utc(filters.to),
  });

  async function loadStats() {
    stats = ensureOk(await request('GET', `${DASHBOARD}instance-stats`, {
      query: { ...listQuery(), name: filters.name || undefined, publisher: filters.publisher || undefined, instanceIdPrefix: filters.prefix || undefined },
    }), 'Counting instances');
    clock.sync(stats.now);
    countsBox.replaceChildren(
      h('p', null, `${stats.total} instance${stats.total === 1 ? '' : 's'} match the other filters${stats.truncated ? ' (only the first ones were counted)' : ''}. Choose a status to list only those:`),
      h('ul', { class: 'count-list' }, Object.entries(stats.counts).filter(([st, n]) => n > 0 || ['Running', 'Completed', 'Failed', 'Terminated'].includes(st)).map(([st, n]) =>
        h('li', null, h('button', {
          type: 'button', class: ['count', `count-${statusKind(st)}`], 'aria-pressed': String(filters.statuses.length === 1 && filters.statuses[0] === st),
          onclick: () => { for (const l of statusBoxes) { const i = l.querySelector('input'); i.checked = i.value === st; } apply(); },
        }, h('span', { class: 'count-n' }, String(n)), ` ${st}`)))));
    chartBox.replaceChildren(histogram(stats.histogram));
  }

  // One page: from the position's prefix on, until the page is full or every prefix is read.
  async function loadPage() {
    const top = Number(filters.top);
    const prefixes = stats.prefixes;
    let { stream, token } = pages[pageIndex];
    const items = [];
    while (items.length < top && stream < prefixes.length) {
      const result = await request('GET', `${MANAGEMENT}instances`, {
        query: { ...listQuery(), instanceIdPrefix: prefixes[stream] || undefined, top: String(top - items.length) },
        headers: token ? { [CONTINUATION]: token } : {},
      });
      items.push(...ensureOk(result, 'Listing instances'));
      const next = result.headers.get(CONTINUATION);
      if (next) token = next; else { stream++; token = null; }
    }

    pages.length = pageIndex + 1;
    if (stream < prefixes.length) pages.push({ stream, token });
    render(items);
  }

  function render(items) {
    listBox.replaceChildren(scroller('Instances table', table({
      caption: `Page ${pageIndex + 1}: ${items.length} instance${items.length === 1 ? '' : 's'}${filters.statuses.length ? ` (${filters.statuses.join(', ')})` : ''}`,
      columns: ['Instance id', 'Orchestration', 'Status', 'Waiting for', 'Created', 'Last updated'],
      rows: items.map((i) => ({
        className: isOverdue(i.customStatus) ? 'overdue' : undefined,
        rowHeader: true,
        cells: [
          h('a', { href: `?view=instance&id=${encodeURIComponent(i.instanceId)}`, onclick: (e) => { e.preventDefault(); ctx.navigate(`?view=instance&id=${encodeURIComponent(i.instanceId)}`, { from: location.search }); } }, i.instanceId),
          i.name,
          badge(i.runtimeStatus, statusKind(i.runtimeStatus)),
          waitSummary(i.customStatus),
          time(i.createdTime),
          time(i.lastUpdatedTime),
        ],
      })),
      empty: 'No instance matches these filters.',
      className: 'instances',
    })));
    pager.replaceChildren(
      h('button', { type: 'button', disabled: pageIndex === 0, onclick: () => { pageIndex--; refresh(); } }, '← Previous page'),
      h('span', { class: 'muted' }, ` Page ${pageIndex + 1} `),
      h('button', { type: 'button', disabled: pages.length <= pageIndex + 1, onclick: () => { pageIndex++; refresh(); } }, 'Next page →'));
  }

  async function refresh() {
    loading.textContent = 'Loading…';
    try {
      await loadStats();
      await loadPage();
      loading.textContent = `Updated ${new Date().toLocaleTimeString()}.`;
    } catch (e) {
      loading.textContent = e.message;
      announce(e.message);
    }
  }

  await refresh();
  return { refresh };
}
