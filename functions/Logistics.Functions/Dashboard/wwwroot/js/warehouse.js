// The warehouse views: work waiting on someone, pending-area stock awaiting decisions, dead-lettered events.
import { request, ensureOk, describe, DASHBOARD, EVENTS } from './api.js';
import { h, time, badge, table, scroller, clock, relative, announce, json } from './dom.js';
import { confirmAction } from './dialogs.js';
import { statusKind } from './instances.js';

const WAITING_ON = [
  ['', 'Anyone'],
  ['floor', 'The floor'],
  ['owner', 'An owner decision'],
  ['carrier', 'A carrier'],
  ['stock', 'Stock'],
  ['system', 'The system'],
];

function instanceLink(ctx, instanceId, text) {
  const url = `?view=instance&id=${encodeURIComponent(instanceId)}`;
  return h('a', { href: url, onclick: (e) => { e.preventDefault(); ctx.navigate(url); } }, text ?? instanceId);
}

function status(view, text) {
  const line = view.querySelector('.view-status');
  if (line) line.textContent = text;
}

export async function mountWork(view, params, ctx) {
  let waitingOn = params.get('on') ?? '';
  let kind = params.get('kind') ?? '';
  const box = h('div');
  const onSelect = h('select', { id: 'w-on' }, WAITING_ON.map(([v, t]) => h('option', { value: v, selected: v === waitingOn }, t)));
  const kindSelect = h('select', { id: 'w-kind' }, [['', 'All documents'], ['notice', 'Notices'], ['order', 'Orders'], ['return', 'Returns'], ['job', 'Value-added jobs']]
    .map(([v, t]) => h('option', { value: v, selected: v === kind }, t)));
  const update = () => {
    waitingOn = onSelect.value;
    kind = kindSelect.value;
    const q = new URLSearchParams({ view: 'work' });
    if (waitingOn) q.set('on', waitingOn);
    if (kind) q.set('kind', kind);
    history.replaceState(null, '', `?${q}`);
    refresh();
  };
  onSelect.addEventListener('change', update);
  kindSelect.addEventListener('change', update);

  view.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Warehouse work'),
    h('p', null, 'Notices, orders, returns and value-added jobs still under way, across every publisher, with what each waits for and until when: overdue ones first, then by deadline.'),
    h('form', { class: 'filters compact', role: 'search', 'aria-label': 'Filter work', onsubmit: (e) => e.preventDefault() },
      h('div', { class: 'field' }, h('label', { for: 'w-on' }, 'Waiting on'), onSelect),
      h('div', { class: 'field' }, h('label', { for: 'w-kind' }, 'Documents'), kindSelect)),
    h('p', { class: 'muted view-status', role: 'status' }),
    box);

  async function refresh() {
    try {
      const work = ensureOk(await request('GET', `${DASHBOARD}work`), 'Reading the work');
      clock.sync(work.now);
      const items = work.items.filter((i) => (!waitingOn || i.waitingOn === waitingOn) && (!kind || i.kind === kind));
      const overdue = items.filter((i) => i.overdue).length;
      box.replaceChildren(
        h('p', { class: overdue ? 'notice bad' : 'notice' }, `${items.length} waiting, ${overdue} overdue${work.truncated ? ' (the list was cut at the first 1000 of a kind)' : ''}.`),
        scroller('Work table', table({
          caption: `Work waiting on ${WAITING_ON.find(([v]) => v === waitingOn)?.[1].toLowerCase() ?? 'anyone'}, overdue first`,
          columns: ['Deadline', 'Document', 'Publisher', 'Stage', 'Waiting for', 'Waiting on', 'Expected / due', 'Instance'],
          rows: items.map((i) => ({
            className: i.overdue ? 'overdue' : undefined,
            cells: [
              h('span', null, i.overdue ? badge('Overdue', 'bad') : null, ' ', i.until ? time(i.until) : h('span', { class: 'muted' }, 'none'),
                i.until ? h('span', { class: 'muted' }, ` (${relative(i.until)})`) : null),
              h('span', null, h('span', { class: 'muted' }, `${i.kind} `), instanceLink(ctx, i.instanceId, i.number)),
              i.ownerId,
              i.stage,
              i.waitingFor ?? '—',
              badge(i.waitingOn, i.waitingOn),
              i.dueDate ?? '—',
              i.runtimeStatus ? badge(i.runtimeStatus, statusKind(i.runtimeStatus)) : h('span', { class: 'muted' }, 'no instance'),
            ],
          })),
          empty: 'Nothing is waiting.',
          className: 'work',
        })));
      status(view, `Updated ${new Date().toLocaleTimeString()}; server time ${clock.now().toISOString().replace('.000', '')}.`);
    } catch (e) {
      status(view, e.message);
    }
  }

  await refresh();
  return { refresh };
}

export async function mountStock(view, params, ctx) {
  const box = h('div');
  view.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Pending stock'),
    h('p', null, 'Goods parked in the pending area — damaged or unexpected at receipt, or held parts of returns (the reference names the return) — awaiting their owner\'s decision.'),
    h('p', { class: 'muted view-status', role: 'status' }),
    box);

  async function refresh() {
    try {
      const page = ensureOk(await request('GET', `${DASHBOARD}pending-stock`), 'Reading pending stock');
      const units = page.stock.reduce((n, b) => n + b.quantity, 0);
      box.replaceChildren(
        h('p', { class: 'notice' }, `${units} unit${units === 1 ? '' : 's'} in ${page.stock.length} balance${page.stock.length === 1 ? '' : 's'}${page.truncated ? ' (cut at the first 1000)' : ''}.`),
        scroller('Pending stock table', table({
          caption: 'Stock awaiting decisions, oldest first',
          columns: ['Publisher', 'SKU', 'Lot', 'Location', 'Units', 'For', 'Since'],
          rows: page.stock.map((b) => ({
            cells: [b.ownerId, b.sku, b.lot ?? '—', b.location, String(b.quantity),
              b.reference ? instanceLink(ctx, `outbound~${b.reference}`, `order ${b.reference}`) : h('span', { class: 'muted' }, 'receipt (see the notice awaiting decision)'),
              time(b.updatedAt)],
          })),
          empty: 'No stock awaits a decision.',
          className: 'stock',
        })));
      status(view, `Updated ${new Date().toLocaleTimeString()}.`);
    } catch (e) {
      status(view, e.message);
    }
  }

  await refresh();
  return { refresh };
}

export async function mountDeadLetters(view) {
  const box = h('div');
  const result = h('div', { class: 'action-result', role: 'status', 'aria-live': 'polite' });
  view.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Dead letters'),
    h('p', null, 'Events of the warehouse topic that a subscriber could not process, with the reason they were moved aside. A re-drive returns them to their subscription with a fresh delivery count.'),
    h('p', { class: 'muted view-status', role: 'status' }),
    result,
    box);

  async function redrive(subscription, sequenceNumbers) {
    const what = sequenceNumbers ? `dead letter ${sequenceNumbers.join(', ')}` : `every dead letter of ${subscription}`;
    const ok = await confirmAction({ title: `Re-drive ${what}?`, message: `It goes back to the ${subscription} subscription and is delivered again.`, confirmLabel: 'Re-drive' });
    if (!ok) return;
    const outcome = await request('POST', `${EVENTS}dead-letters/redrive`, { body: sequenceNumbers ? { subscription, sequenceNumbers } : { subscription } });
    const text = outcome.ok ? `Re-drive: ${describe(outcome)} — ${outcome.data.redriven} returned to ${subscription}.` : `Re-drive: ${describe(outcome)}`;
    result.replaceChildren(h('p', { class: outcome.ok ? 'ok' : 'error' }, text));
    announce(text);
    await refresh();
  }

  async function refresh() {
    try {
      const report = ensureOk(await request('GET', `${EVENTS}dead-letters`), 'Reading dead letters');
      box.replaceChildren(...report.subscriptions.map((sub) => h('section', { class: 'panel', 'aria-labelledby': `dl-${sub.name}` },
        h('div', { class: 'panel-head' },
          h('h2', { id: `dl-${sub.name}` }, `${sub.name}: ${sub.deadLetters.length} dead letter${sub.deadLetters.length === 1 ? '' : 's'}`),
          h('span', { class: 'muted' }, `${sub.active} active message${sub.active === 1 ? '' : 's'} on ${sub.path}`),
          h('button', { type: 'button', disabled: sub.deadLetters.length === 0, onclick: () => redrive(sub.name, null) }, `Re-drive all (${sub.deadLetters.length})`)),
        scroller(`Dead letters of ${sub.name}`, table({
          caption: `Dead letters of ${sub.name}, oldest first`,
          columns: ['#', 'Event', 'Subject', 'Publisher', 'Reason', 'Deliveries', 'Dead-lettered', 'Action'],
          rows: sub.deadLetters.map((d) => ({
            cells: [String(d.sequenceNumber),
              h('details', null, h('summary', null, d.eventType ?? 'message'), json(safeParse(d.body), `Body of message ${d.sequenceNumber}`)),
              d.subject ?? '—', d.ownerId ?? '—', h('span', { class: 'reason' }, d.reason), String(d.deliveryCount), time(d.deadLetteredAt),
              h('button', { type: 'button', onclick: () => redrive(sub.name, [d.sequenceNumber]), 'aria-label': `Re-drive message ${d.sequenceNumber}` }, 'Re-drive')],
          })),
          empty: 'No dead letters.',
          className: 'dead-letters',
        })))));
      status(view, `Updated ${new Date().toLocaleTimeString()}.`);
    } catch (e) {
      status(view, e.message);
    }
  }

  await refresh();
  return { refresh };
}

function safeParse(text) {
  try { return JSON.parse(text); } catch { return text; }
}
