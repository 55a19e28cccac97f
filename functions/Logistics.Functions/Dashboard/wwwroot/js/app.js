// The dashboard's shell: sign-in, navigation between views (state in the URL's query, never the key), auto-refresh.
import { request, session, describe, DASHBOARD } from './api.js';
import { h, announce, clock } from './dom.js';
import { dialogOpen } from './dialogs.js';
import * as instances from './instances.js';
import * as detail from './detail.js';
import { mountWork, mountStock, mountDeadLetters } from './warehouse.js';

const REFRESH_MS = 10_000;

const VIEWS = {
  instances: { title: 'Instances', nav: 'instances', mount: instances.mount },
  instance: { title: 'Instance', nav: 'instances', mount: detail.mount },
  work: { title: 'Warehouse work', nav: 'work', mount: mountWork },
  stock: { title: 'Pending stock', nav: 'stock', mount: mountStock },
  'dead-letters': { title: 'Dead letters', nav: 'dead-letters', mount: mountDeadLetters },
};

const el = (id) => document.getElementById(id);
let meta = null;
let current = null;
let generation = 0;
let publisherIds = null;
let lastList = '?view=instances';

const ctx = {
  get meta() { return meta; },
  navigate(url) {
    history.pushState(null, '', url);
    render(true);
  },
  listUrl: () => lastList,
  async publishers() {
    if (!publisherIds) {
      const result = await request('GET', 'ops/publishers', { query: { pageSize: '200' } });
      publisherIds = result.ok ? result.data.items.map((p) => p.id) : [];
    }

    return publisherIds;
  },
};

async function signIn(key) {
  const result = await request('GET', `${DASHBOARD}meta`, { key });
  if (result.ok) return { meta: result.data };
  const reason = {
    401: 'The key is unknown or revoked.',
    403: 'This key is not an ops key; the dashboard needs one.',
    429: 'Too many attempts from this address; wait a minute.',
  }[result.status] ?? `Sign-in failed: ${describe(result)}`;
  return { error: reason };
}

function showSignIn(message) {
  meta = null;
  current = null;
  generation++;
  el('nav').hidden = true;
  el('session-tools').hidden = true;
  el('view').replaceChildren();
  el('sign-in').hidden = false;
  el('sign-in-error').textContent = message ?? '';
  document.title = 'Sign in — Logistics ops dashboard';
  el('ops-key').focus();
}

function showApp() {
  el('sign-in').hidden = true;
  el('nav').hidden = false;
  el('session-tools').hidden = false;
}

async function render(focus) {
  const params = new URLSearchParams(location.search);
  const name = VIEWS[params.get('view')] ? params.get('view') : 'instances';
  const view = VIEWS[name];
  if (name === 'instances') lastList = location.search || '?view=instances';
  for (const link of el('nav').querySelectorAll('a')) {
    if (link.dataset.view === view.nav) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }

  document.title = `${name === 'instance' ? params.get('id') : view.title} — Logistics ops dashboard`;
  const mine = ++generation;
  const container = h('div', { class: `view view-${name}` });
  el('view').replaceChildren(container);
  current = null;
  try {
    const mounted = await view.mount(container, params, ctx);
    if (mine !== generation) return;
    current = mounted;
  } catch (e) {
    container.replaceChildren(h('h1', { tabindex: '-1' }, view.title), h('p', { class: 'error', role: 'alert' }, e.message));
  }

  if (focus) container.querySelector('h1')?.focus();
}

async function refreshNow() {
  if (!current || dialogOpen()) return;
  try {
    await current.refresh();
  } catch (e) {
    announce(e.message);
  }
}

el('sign-in-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const input = el('ops-key');
  const key = input.value.trim();
  if (!key) {
    el('sign-in-error').textContent = 'Enter an ops key.';
    return;
  }

  el('sign-in-error').textContent = '';
  const outcome = await signIn(key);
  if (outcome.error) {
    el('sign-in-error').textContent = outcome.error;
    input.select();
    return;
  }

  session.key = key;
  input.value = '';
  meta = outcome.meta;
  clock.sync(meta.now);
  showApp();
  announce('Signed in.');
  await render(true);
});

el('sign-out').addEventListener('click', () => {
  session.clear();
  publisherIds = null;
  showSignIn('Signed out.');
});

el('refresh-now').addEventListener('click', refreshNow);

el('nav').addEventListener('click', (e) => {
  const link = e.target.closest('a[data-view]');
  if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  ctx.navigate(link.getAttribute('href'));
});

window.addEventListener('popstate', () => { if (meta) render(true); });

window.addEventListener('dashboard:unauthorized', () => {
  session.clear();
  showSignIn('The ops key was refused (revoked?); sign in again.');
});

setInterval(() => {
  if (meta && el('auto-refresh').checked && document.visibilityState === 'visible') refreshNow();
}, REFRESH_MS);

(async () => {
  const key = session.key;
  if (!key) {
    showSignIn();
    return;
  }

  const outcome = await signIn(key);
  if (outcome.error) {
    session.clear();
    showSignIn(outcome.error);
    return;
  }

  meta = outcome.meta;
  clock.sync(meta.now);
  showApp();
  await render(false);
})();
