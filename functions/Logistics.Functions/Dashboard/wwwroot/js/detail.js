// One instance: what it waits for, its input and output, its history as a table and as a timeline, and the actions.
import { request, describe, MANAGEMENT, DASHBOARD } from './api.js';
import { h, time, json, badge, table, scroller, clock, relative, announce, formatTime } from './dom.js';
import { gantt } from './charts.js';
import { confirmAction } from './dialogs.js';
import { statusKind, isOverdue } from './instances.js';

const TERMINAL = ['Completed', 'Failed', 'Terminated'];

const instancePath = (id) => `${MANAGEMENT}instances/${encodeURIComponent(id)}`;

function waitPanel(custom) {
  if (custom === null || custom === undefined) return h('p', { class: 'muted' }, 'No custom status yet.');
  if (typeof custom !== 'object') return h('p', null, String(custom));
  const known = ['stage', 'waitingFor', 'until', 'overdue', 'message', 'nextCheck'];
  const overdue = isOverdue(custom);
  const rows = [
    ['Stage', custom.stage ?? '—'],
    ['Waiting for', custom.waitingFor ? h('strong', null, custom.waitingFor) : h('span', { class: 'muted' }, 'nothing (finished)')],
    ['Until', custom.until ? h('span', null, time(custom.until), ` (${relative(custom.until)}) `, overdue ? badge('Overdue', 'bad') : badge('On time', 'ok')) : h('span', { class: 'muted' }, 'no deadline')],
    ['Next check', custom.nextCheck ? h('span', null, time(custom.nextCheck), ` (${relative(custom.nextCheck)})`) : '—'],
    ['Message', custom.message ?? '—'],
    ...Object.entries(custom).filter(([k, v]) => !known.includes(k) && v !== null && v !== undefined)
      .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
  ];
  return h('dl', { class: ['facts', overdue && 'overdue'] }, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

function historyTable(events) {
  return scroller('History table', table({
    caption: `History: ${events.length} event${events.length === 1 ? '' : 's'}`,
    columns: ['#', 'Event', 'Name', 'Timestamp', 'Scheduled', 'Details'],
    rows: events.map((e, i) => {
      const payload = e.Result ?? e.Input;
      const text = [e.Reason, e.OrchestrationStatus, e.FireAt ? `fires at ${formatTime(e.FireAt)}` : null, e.InstanceId].filter(Boolean).join(' · ');
      return {
        className: /Failed/.test(e.EventType) ? 'failed' : undefined,
        cells: [
          String(i + 1),
          e.EventType,
          e.FunctionName ?? '',
          time(e.Timestamp),
          e.ScheduledTime ? time(e.ScheduledTime) : '',
          h('div', null, text,
            payload !== undefined && payload !== null
              ? h('details', null, h('summary', null, e.Result !== undefined ? 'Result' : 'Input'), json(payload, `${e.EventType} payload`))
              : null),
        ],
      };
    }),
    empty: 'No history.',
    className: 'history',
  }));
}

export async function mount(view, params, ctx) {
  const id = params.get('id') ?? '';
  const back = h('a', { href: ctx.listUrl(), onclick: (e) => { e.preventDefault(); ctx.navigate(ctx.listUrl()); } }, '← Instances');
  const heading = h('h1', { tabindex: '-1', class: 'instance-id' }, id);
  const summary = h('div');
  const actions = h('div', { class: 'actions', role: 'group', 'aria-label': 'Actions on this instance' });
  const result = h('div', { id: 'action-result', class: 'action-result', role: 'status', 'aria-live': 'polite' });
  const body = h('div', { class: 'detail-body' });
  view.replaceChildren(h('p', { class: 'breadcrumb' }, back), heading, summary, actions, result, body);

  let instance = null;
  let shown = '';
  let followUps = 0;

  // Auto-refresh redraws only when the instance changed, so an expanded history entry stays open while it is read.
  async function refresh(force = true) {
    const [status, timeline] = await Promise.all([
      request('GET', instancePath(id), { query: { showHistory: 'true', showHistoryOutput: 'true', showInput: 'true' } }),
      request('GET', `${DASHBOARD}instances/${encodeURIComponent(id)}/timeline`),
    ]);
    if (status.status === 404) {
      instance = null;
      summary.replaceChildren(h('p', { class: 'notice' }, `No instance '${id}' (it was never started, or its history was purged).`));
      actions.replaceChildren();
      body.replaceChildren();
      return;
    }

    if (!status.ok) {
      summary.replaceChildren(h('p', { class: 'error' }, `Reading the instance failed: ${describe(status)}`));
      return;
    }

    instance = status.data;
    if (timeline.ok && TERMINAL.includes(instance.runtimeStatus) === false) clock.sync(timeline.data.end);
    const version = `${instance.runtimeStatus}|${instance.lastUpdatedTime}|${instance.historyEvents?.length}|${JSON.stringify(instance.customStatus)}`;
    if (!force && version === shown) return;
    shown = version;
    renderSummary();
    renderActions();
    const failed = instance.runtimeStatus === 'Failed';
    body.replaceChildren(
      h('section', { class: 'panel', 'aria-labelledby': 'wait-title' }, h('h2', { id: 'wait-title' }, 'What it waits for'), waitPanel(instance.customStatus)),
      h('div', { class: 'two-col' },
        h('section', { class: 'panel', 'aria-labelledby': 'input-title' }, h('h2', { id: 'input-title' }, 'Input'), json(instance.input, 'Input')),
        h('section', { class: ['panel', failed && 'failed'], 'aria-labelledby': 'output-title' },
          h('h2', { id: 'output-title' }, failed ? 'Failure' : 'Output'),
          TERMINAL.includes(instance.runtimeStatus) || instance.output != null ? json(instance.output, failed ? 'Failure' : 'Output') : h('p', { class: 'muted' }, 'Not finished yet.'))),
      h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' }, h('h2', { id: 'timeline-title' }, 'Timeline'),
        timeline.ok ? gantt(timeline.data, clock.now(), instance.customStatus?.waitingFor) : h('p', { class: 'muted' }, `No timeline: ${describe(timeline)}`)),
      h('section', { class: 'panel', 'aria-labelledby': 'history-title' }, h('h2', { id: 'history-title' }, 'History'), historyTable(instance.historyEvents ?? [])));
  }

  function renderSummary() {
    // Each term stays with its value when the line wraps (a <div> may group them in a <dl>).
    summary.replaceChildren(h('dl', { class: 'facts inline' },
      h('div', null, h('dt', null, 'Orchestration'), h('dd', null, instance.name)),
      h('div', null, h('dt', null, 'Runtime status'), h('dd', { id: 'runtime-status' }, badge(instance.runtimeStatus, statusKind(instance.runtimeStatus)))),
      h('div', null, h('dt', null, 'Created'), h('dd', null, time(instance.createdTime))),
      h('div', null, h('dt', null, 'Last updated'), h('dd', null, time(instance.lastUpdatedTime)))));
  }

  function renderActions() {
    const st = instance.runtimeStatus;
    const terminal = TERMINAL.includes(st);
    const orchestration = ctx.meta.orchestrations.find((o) => o.name === instance.name);
    const button = (label, enabled, why, run, danger) => h('button', {
      type: 'button', class: danger ? 'danger' : undefined, disabled: !enabled, title: enabled ? undefined : why, onclick: run,
    }, label);
    actions.replaceChildren(
      button('Raise event…', !terminal, `A ${st} instance takes no events.`, () => raiseEvent(orchestration?.events ?? [])),
      button('Suspend…', st === 'Running' || st === 'Pending', `Only a running instance can be suspended.`, () => simple('suspend', 'Suspend', 'The instance stops processing events and timers until it is resumed.')),
      button('Resume…', st === 'Suspended', 'Only a suspended instance can be resumed.', () => simple('resume', 'Resume', 'The instance goes on where it stopped.')),
      button('Terminate…', !terminal, `A ${st} instance cannot be terminated.`, () => simple('terminate', 'Terminate',
        'The instance stops for good. Its business document is put into its defined end state (a notice is cancelled and its pending-in released; an order is cancelled and its reservations released).', true)),
      button('Rewind…', st === 'Failed', 'Only a failed instance can be rewound.', () => simple('rewind', 'Rewind', 'The failed instance replays from its last good state, retrying what failed.')),
      button('Purge…', terminal, 'Terminate the instance before purging its history.', purge, true));
  }

  async function run(label, method, path, options) {
    result.replaceChildren(h('p', null, `${label}: sending…`));
    let outcome;
    try {
      outcome = await request(method, path, options);
    } catch (e) {
      outcome = { ok: false, status: 0, statusText: e.message, data: null };
    }

    const text = `${label}: ${describe(outcome)}`;
    result.replaceChildren(h('p', { class: outcome.ok ? 'ok' : 'error' }, text),
      outcome.ok && outcome.data && typeof outcome.data === 'object' ? json(outcome.data, `${label} answer`) : null);
    announce(text);
    await refresh();
    // The orchestration applies a raised event or a resume a moment later: look again shortly. The result's
    // data-follow-ups says how many of these looks are still to come, so a reader (or a test) knows the page has settled.
    for (const wait of [700, 2000]) {
      result.dataset.followUps = String(++followUps);
      setTimeout(async () => {
        try {
          if (view.isConnected) await refresh();
        } catch {
          // A failed look is retried by the next one or by auto-refresh.
        } finally {
          result.dataset.followUps = String(--followUps);
        }
      }, wait);
    }
    return outcome;
  }

  async function raiseEvent(events) {
    const values = await confirmAction({
      title: `Raise an event on ${id}`,
      message: 'The instance receives the event with this JSON payload. The warehouse orchestrations re-read their document on any milestone event, so raising the milestone they wait for moves them on once the document is there.',
      confirmLabel: 'Raise event',
      fields: [
        { name: 'event', label: 'Event name', value: instance.customStatus?.waitingFor ?? events[0] ?? '', options: events, required: true, help: `Events this orchestration waits for: ${events.join(', ') || 'none known'}.` },
        { name: 'payload', label: 'Payload (JSON)', type: 'json', value: JSON.stringify({ detail: 'raised by ops from the dashboard', at: clock.now().toISOString() }, null, 2), help: 'Milestone events carry { "detail": text, "at": instant }. Leave empty to send none.' },
      ],
    });
    if (!values) return;
    await run(`Raise ${values.event}`, 'POST', `${instancePath(id)}/raiseEvent/${encodeURIComponent(values.event.trim())}`, { body: values.payload.trim() || undefined });
  }

  async function simple(command, label, message, danger = false) {
    const values = await confirmAction({
      title: `${label} ${id}?`,
      message,
      confirmLabel: label,
      danger,
      fields: [{ name: 'reason', label: 'Reason (recorded in the history)', value: `${command} by ops from the dashboard` }],
    });
    if (!values) return;
    await run(label, 'POST', `${instancePath(id)}/${command}`, { query: { reason: values.reason.trim() || undefined } });
  }

  async function purge() {
    const values = await confirmAction({
      title: `Purge ${id}?`,
      message: 'Its history and status are deleted for good; its business document is reconciled first. This cannot be undone.',
      confirmLabel: 'Purge',
      danger: true,
    });
    if (!values) return;
    await run('Purge', 'DELETE', instancePath(id));
  }

  await refresh();
  return { refresh: () => refresh(false) };
}
