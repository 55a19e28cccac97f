// SVG charts drawn from data, with a text alternative: every bar carries a <title>, and each chart a label.
import { h, s, formatTime, duration, table } from './dom.js';

function bucketLabel(seconds) {
  if (seconds % 86400 === 0) return seconds === 86400 ? 'day' : `${seconds / 86400} days`;
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  return `${seconds / 60} minutes`;
}

/** Instances created per bucket, as columns; the same numbers as a table for screen readers. */
export function histogram(hist) {
  const buckets = hist?.buckets ?? [];
  const width = 1000;
  const height = 140;
  const left = 34;
  const bottom = 22;
  const top = 8;
  const plotW = width - left - 4;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = buckets.length ? plotW / buckets.length : plotW;
  const per = bucketLabel(hist?.bucketSeconds ?? 3600);
  const total = buckets.reduce((n, b) => n + b.count, 0);
  const title = `Instances created per ${per}: ${total} from ${formatTime(hist?.from)} to ${formatTime(hist?.to)}`;

  const chart = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart histogram', role: 'img', 'aria-label': title },
    s('line', { x1: left, x2: width - 4, y1: top + plotH, y2: top + plotH, class: 'axis' }),
    s('line', { x1: left, x2: width - 4, y1: top, y2: top, class: 'grid' }),
    s('text', { x: left - 6, y: top + 4, class: 'tick', 'text-anchor': 'end' }, String(max)),
    s('text', { x: left - 6, y: top + plotH, class: 'tick', 'text-anchor': 'end' }, '0'),
    buckets.map((b, i) => {
      const barH = (b.count / max) * plotH;
      return s('rect', {
        x: (left + i * step + 1).toFixed(1), y: (top + plotH - barH).toFixed(1), width: Math.max(1, step - 2).toFixed(1), height: barH.toFixed(1),
        class: b.count ? 'bar' : 'bar empty',
      }, s('title', null, `${formatTime(b.start)}: ${b.count} created`));
    }),
    [0, Math.floor(buckets.length / 2), buckets.length - 1].filter((i, n, all) => i >= 0 && all.indexOf(i) === n).map((i) =>
      s('text', { x: (left + i * step + step / 2).toFixed(1), y: height - 6, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === buckets.length - 1 ? 'end' : 'middle' },
        formatTime(buckets[i].start).replace(' UTC', ''))));

  const data = h('details', { class: 'chart-data' }, h('summary', null, 'Histogram as a table'),
    table({
      caption: `Instances created per ${per}`,
      columns: ['Bucket start (UTC)', 'Created'],
      rows: buckets.filter((b) => b.count > 0).map((b) => ({ cells: [formatTime(b.start), String(b.count)] })),
      empty: 'No instances in this range.',
    }));
  return h('figure', { class: 'chart-figure' }, chart, h('figcaption', null, title), data);
}

/** The execution as a Gantt chart: one row per activity, timer and wait; raised events as marks on their own row. */
export function gantt(timeline, now, waitingFor) {
  const spans = timeline?.spans ?? [];
  const bars = spans.filter((x) => x.kind !== 'event');
  const events = spans.filter((x) => x.kind === 'event');
  const t0 = Date.parse(timeline.start);
  const ends = [Date.parse(timeline.end), ...bars.map((b) => (b.end ? Date.parse(b.end) : Date.parse(timeline.end))),
    ...bars.filter((b) => !b.end && b.due).map((b) => Date.parse(b.due))];
  const t1 = Math.max(t0 + 1, ...ends.filter((t) => !Number.isNaN(t)));
  const label = 210;
  const width = 900;
  const rowH = 22;
  const head = 24;
  const rows = bars.length + (events.length ? 1 : 0);
  const height = head + rows * rowH + 8;
  const plotW = width - label - 10;
  const x = (t) => label + ((t - t0) / (t1 - t0)) * plotW;
  const nowX = x(Math.min(Math.max(now.getTime(), t0), t1));

  const title = `Timeline of ${bars.length} activities, timers and waits and ${events.length} events, ${formatTime(timeline.start)} to ${formatTime(new Date(t1).toISOString())} (${duration(t1 - t0)})`;
  const children = [
    s('text', { x: label, y: 14, class: 'tick' }, formatTime(timeline.start).replace(' UTC', '')),
    s('text', { x: width - 10, y: 14, class: 'tick', 'text-anchor': 'end' }, formatTime(new Date(t1).toISOString()).replace(' UTC', '')),
    s('line', { x1: label, x2: label, y1: head - 4, y2: height - 4, class: 'axis' }),
  ];

  bars.forEach((b, i) => {
    const y = head + i * rowH;
    const start = Date.parse(b.start);
    const end = b.end ? Date.parse(b.end) : Date.parse(timeline.end);
    const x1 = x(start);
    const w = Math.max(3, x(end) - x1);
    const name = b.kind === 'wait' ? (b.end ? `wait → ${b.name}` : `waiting for ${waitingFor ?? 'an event'}`) : b.kind === 'orchestration' ? b.name : `${b.kind}: ${b.name}`;
    const tip = `${name} — ${formatTime(b.start)} to ${b.end ? formatTime(b.end) : 'now'} (${duration(end - start)}), ${b.outcome}` +
      `${b.due ? `, timer due ${formatTime(b.due)}` : ''}${b.detail ? ` — ${b.detail}` : ''}`;
    children.push(
      s('text', { x: 4, y: y + 15, class: 'row-label' }, name.length > 30 ? `${name.slice(0, 29)}…` : name, s('title', null, name)),
      s('rect', { x: x1.toFixed(1), y: y + 4, width: w.toFixed(1), height: rowH - 8, rx: 2, class: ['span', `span-${b.kind}`, `outcome-${b.outcome.replaceAll(' ', '-')}`] },
        s('title', null, tip)));
    if (!b.end && b.due) {
      const due = Date.parse(b.due);
      if (due > end) {
        children.push(s('rect', { x: (x1 + w).toFixed(1), y: y + 7, width: Math.max(1, x(due) - x1 - w).toFixed(1), height: rowH - 14, class: 'span-planned' },
          s('title', null, `${name}: its timer fires at ${formatTime(b.due)}`)));
      }
    }
  });

  if (events.length) {
    const y = head + bars.length * rowH;
    children.push(s('text', { x: 4, y: y + 15, class: 'row-label' }, 'events raised'));
    events.forEach((e) => {
      const ex = x(Date.parse(e.start));
      children.push(s('path', { d: `M${ex.toFixed(1)} ${y + 4} l5 7 l-5 7 l-5 -7 z`, class: 'event-mark' }, s('title', null, `${e.name} raised at ${formatTime(e.start)}`)));
    });
  }

  children.push(s('line', { x1: nowX.toFixed(1), x2: nowX.toFixed(1), y1: head - 4, y2: height - 4, class: 'now' }, s('title', null, `now: ${formatTime(now.toISOString())}`)));
  const chart = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart gantt', role: 'img', 'aria-label': title }, children);
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' },
    [['activity', 'activity'], ['timer', 'timer fired'], ['wait', 'wait (ended by an event, or open)'], ['planned', 'timer still pending'], ['event', 'event raised'], ['now', 'now']]
      .map(([k, text]) => h('li', null, h('span', { class: ['swatch', `swatch-${k}`], 'aria-hidden': 'true' }), text)));
  return h('figure', { class: 'chart-figure' }, h('div', { class: 'table-scroll', role: 'region', 'aria-label': 'Timeline chart', tabindex: '0' }, chart),
    h('figcaption', null, title), legend);
}
