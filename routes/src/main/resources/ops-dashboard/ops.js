// The hub's operations dashboard: reads the hub's REST API with the browser's own HTTP Basic credentials
// (same origin) every few seconds, draws what it reads, and sends operators' actions, which the hub audits.
// Every text from the server goes into the page through textContent or attribute values, never as HTML.
'use strict';

const POLL_MS = 5000;
const CHART_POLLS = 60;
const FAILURES_PER_QUEUE = 20;

const state = {
  previousRoutes: null, // {at: ms, totals: Map(routeId -> exchangesTotal)}
  latency: [],          // [{mean, max}] one per poll, oldest first
  polling: false,
  timer: null,
};

// ---- HTTP: URLs are built on location.origin, which never carries user:password from the address bar.
async function api(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(new URL(path, window.location.origin), init);
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = text; }
  }
  if (!response.ok) {
    const detail = data && typeof data === 'object' && data.detail ? data.detail : response.statusText;
    const error = new Error(method + ' ' + path + ': ' + response.status + ' ' + detail);
    error.status = response.status;
    throw error;
  }
  return data;
}

// ---- DOM helpers: text only.
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (name === 'className') node.className = value;
    else if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child === null || child === undefined ? '' : String(child)));
  }
  return node;
}

function replaceRows(tbody, rows) {
  tbody.replaceChildren(...rows);
}

function setText(id, value) {
  const node = document.getElementById(id);
  if (node) node.textContent = value === null || value === undefined ? '–' : String(value);
}

function notice(message, isError) {
  const box = document.getElementById('notice');
  box.textContent = message;
  box.className = isError ? 'error' : '';
  box.hidden = false;
}

function shortTime(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : d.toLocaleString();
}

// ---- Routes, throughput, latency.
function renderRoutes(routes, now) {
  const prev = state.previousRoutes;
  const seconds = prev ? (now - prev.at) / 1000 : 0;
  const rows = routes.map(route => {
    let rate = '–';
    if (prev && seconds > 0 && prev.totals.has(route.id)) {
      rate = Math.max(0, (route.exchangesTotal - prev.totals.get(route.id)) / seconds).toFixed(2);
    }
    const status = route.status || 'Unknown';
    const statusClass = ['Started', 'Suspended', 'Stopped'].includes(status) ? status : 'other';
    // A suspended route is resumed, a stopped one started; any other is offered for suspension.
    const verb = status === 'Suspended' ? 'resume' : status === 'Stopped' ? 'start' : 'suspend';
    const action = el('button', { type: 'button', id: verb + '-' + route.id, className: verb,
      onclick: () => routeAction(route.id, verb) }, verb.charAt(0).toUpperCase() + verb.slice(1));
    return el('tr', { id: 'route-' + route.id, 'data-route-id': route.id },
      el('td', { className: 'mono' }, route.id),
      el('td', {}, el('span', { id: 'route-status-' + route.id, className: 'status ' + statusClass }, status)),
      el('td', { className: 'num' }, route.exchangesTotal),
      el('td', { className: 'num failed' + (route.exchangesFailed > 0 ? ' nonzero' : '') }, route.exchangesFailed),
      el('td', { className: 'num' }, route.exchangesInflight),
      el('td', { className: 'num', id: 'route-rate-' + route.id }, rate),
      el('td', { className: 'num' }, millis(route, route.meanProcessingTime)),
      el('td', { className: 'num' }, millis(route, route.lastProcessingTime)),
      el('td', {}, (route.heldBy || []).join(', ')),
      el('td', {}, action));
  });
  replaceRows(document.getElementById('routes-body'), rows);
  state.previousRoutes = { at: now, totals: new Map(routes.map(r => [r.id, r.exchangesTotal])) };

  // One chart point per poll: the exchange-weighted mean since start, and the slowest route's last exchange.
  let exchanges = 0, weighted = 0, slowest = 0;
  for (const r of routes.filter(r => r.exchangesTotal > 0)) {
    exchanges += r.exchangesTotal;
    weighted += Math.max(0, r.meanProcessingTime) * r.exchangesTotal;
    slowest = Math.max(slowest, r.lastProcessingTime);
  }
  state.latency.push({ mean: exchanges > 0 ? weighted / exchanges : 0, max: slowest });
  if (state.latency.length > CHART_POLLS) state.latency.shift();
  drawLatency();
}

/** Camel reports -1 ms for a route that has not completed an exchange yet. */
function millis(route, value) {
  return route.exchangesTotal > 0 && value >= 0 ? value : '–';
}

function drawLatency() {
  const svg = document.getElementById('latency-chart');
  const ns = 'http://www.w3.org/2000/svg';
  const width = 600, height = 220, left = 64, right = 10, top = 10, bottom = 24;
  const points = state.latency;
  const top_ = Math.max(1, ...points.map(p => Math.max(p.mean, p.max)));
  const scale = niceCeiling(top_);
  const x = i => left + (points.length <= 1 ? 0 : i * (width - left - right) / (points.length - 1));
  const y = v => top + (height - top - bottom) * (1 - v / scale);

  const grid = document.getElementById('latency-grid');
  const lines = [];
  for (let k = 0; k <= 4; k++) {
    const value = scale * k / 4;
    const line = document.createElementNS(ns, 'line');
    line.setAttribute('x1', left); line.setAttribute('x2', width - right);
    line.setAttribute('y1', y(value)); line.setAttribute('y2', y(value));
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', left - 6); label.setAttribute('y', y(value) + 4); label.setAttribute('text-anchor', 'end');
    label.textContent = Math.round(value) + ' ms';
    lines.push(line, label);
  }
  const axis = document.createElementNS(ns, 'text');
  axis.setAttribute('x', width - right); axis.setAttribute('y', height - 6); axis.setAttribute('text-anchor', 'end');
  axis.textContent = points.length > 1 ? 'polls, ' + (POLL_MS / 1000) + ' s apart → now' : 'now';
  lines.push(axis);
  grid.replaceChildren(...lines);

  const coords = key => points.map((p, i) => x(i).toFixed(1) + ',' + y(p[key]).toFixed(1)).join(' ');
  svg.querySelector('#latency-line-mean').setAttribute('points', coords('mean'));
  svg.querySelector('#latency-line-max').setAttribute('points', coords('max'));
  setText('latency-polls', points.length);
}

function niceCeiling(value) {
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

async function routeAction(routeId, action) {
  try {
    const view = await api('POST', '/api/routes/' + encodeURIComponent(routeId) + '/' + action);
    notice('Route ' + routeId + ': ' + view.status);
  } catch (e) {
    notice(e.message, true);
  }
  await refresh();
}

// ---- Dead letters.
function renderDeadLetterQueues(queues) {
  const rows = queues.map(q => el('tr', { id: 'dlq-' + q.queue, 'data-queue': q.queue },
    el('td', { className: 'mono' }, q.queue),
    el('td', { id: 'dlq-depth-' + q.queue, className: 'num depth' + (q.depth > 0 ? ' nonzero' : '') },
      q.depth === null || q.depth === undefined ? '?' : q.depth),
    el('td', {}, el('button', { type: 'button', id: 'dlq-replay-all-' + q.queue, disabled: q.depth === 0 ? '' : null,
      onclick: () => replayAll(q.queue) }, 'Replay all'))));
  replaceRows(document.getElementById('dlq-body'), rows);
}

async function loadFailures(queues) {
  const candidates = queues.filter(q => q.depth === null || q.depth === undefined || q.depth > 0);
  const rows = [];
  for (const q of candidates) {
    let letters;
    try {
      letters = await api('GET', '/api/dead-letters/' + encodeURIComponent(q.queue) + '?max=' + FAILURES_PER_QUEUE);
    } catch (e) {
      continue;
    }
    for (const letter of letters) {
      const correlationId = letter.properties ? letter.properties.correlationId : null;
      rows.push(el('tr', { className: 'failure', 'data-message-id': letter.messageId,
          'data-correlation-id': correlationId, 'data-queue': q.queue },
        el('td', { className: 'mono' }, q.queue),
        el('td', { className: 'mono' }, letter.originalQueue || '–'),
        el('td', { className: 'reason' }, letter.reason || '–'),
        el('td', { className: 'mono' }, correlationId
          ? el('a', { className: 'trace-link', onclick: () => traceFor('correlationId', correlationId) }, correlationId)
          : '–'),
        el('td', { className: 'num' }, letter.deliveryCount),
        el('td', {}, el('button', { type: 'button', className: 'replay',
          onclick: () => replayOne(q.queue, letter.messageId) }, 'Replay'))));
    }
  }
  replaceRows(document.getElementById('failures-body'), rows);
  document.getElementById('failures-empty').hidden = rows.length > 0;
}

async function replayOne(queue, messageId) {
  try {
    const result = await api('POST', '/api/dead-letters/' + encodeURIComponent(queue) + '/replay', { messageIds: [messageId] });
    notice('Replayed ' + result.replayed + ' message(s) from ' + queue);
  } catch (e) {
    notice(e.message, true);
  }
  await refresh();
}

async function replayAll(queue) {
  if (!window.confirm('Replay every message in ' + queue + ' to the queue it came from?')) return;
  try {
    const result = await api('POST', '/api/dead-letters/' + encodeURIComponent(queue) + '/replay', { all: true });
    notice('Replayed ' + result.replayed + ' message(s) from ' + queue);
  } catch (e) {
    notice(e.message, true);
  }
  await refresh();
}

// ---- Sagas.
function renderSagas(overview) {
  setText('sagas-open', overview.open);
  const chips = Object.entries(overview.countsByState || {}).map(([s, n]) =>
    el('span', { className: 'chip', id: 'saga-count-' + s }, s, el('b', {}, n)));
  document.getElementById('saga-counts').replaceChildren(...chips);
  const rows = (overview.latest || []).map(s => el('tr', { 'data-order': s.orderNumber },
    el('td', { className: 'mono' }, s.orderNumber),
    el('td', { className: 'mono' }, s.customerId),
    el('td', {}, s.state + (s.overdue ? ' (overdue)' : '')),
    el('td', {}, shortTime(s.nextDeadline)),
    el('td', { className: 'mono' }, s.correlationId
      ? el('a', { className: 'trace-link', onclick: () => traceFor('correlationId', s.correlationId) }, s.correlationId)
      : '–')));
  replaceRows(document.getElementById('sagas-body'), rows);
  document.getElementById('sagas-empty').hidden = rows.length > 0;
}

// ---- Reconciliation.
async function loadReconciliation() {
  try {
    renderReconciliation(await api('GET', '/api/reconciliation/latest'));
  } catch (e) {
    if (e.status !== 404) throw e;
    setText('reconciliation-at', 'no run yet');
  }
}

function renderReconciliation(report) {
  setText('reconciliation-at', shortTime(report.finishedAt) + (report.repair ? ' (with repair)' : ''));
  setText('drift-onlyInCrm', report.onlyInCrm.length);
  setText('drift-onlyInErp', report.onlyInErp.length);
  setText('drift-different', report.different.length);
  setText('reconciliation-repaired', report.repaired + (report.repairFailures.length ? ', ' + report.repairFailures.length + ' failed' : ''));
}

async function reconcile(repair) {
  if (repair && !window.confirm('Repair every drift between the CRM and the ERP now?')) return;
  const buttons = ['reconcile-run', 'reconcile-repair'].map(id => document.getElementById(id));
  buttons.forEach(b => { b.disabled = true; });
  try {
    const report = await api('POST', '/api/reconciliation' + (repair ? '?repair=true' : ''));
    renderReconciliation(report);
    notice(repair ? 'Reconciliation with repair done: ' + report.repaired + ' repaired' : 'Reconciliation done');
  } catch (e) {
    notice(e.message, true);
  } finally {
    buttons.forEach(b => { b.disabled = false; });
  }
}

// ---- Trace search.
function traceFor(kind, value) {
  document.getElementById('trace-kind').value = kind;
  document.getElementById('trace-query').value = value;
  searchTrace();
}

async function searchTrace() {
  const kind = document.getElementById('trace-kind').value === 'businessKey' ? 'businessKey' : 'correlationId';
  const query = document.getElementById('trace-query').value.trim();
  if (!query) return;
  try {
    const entries = await api('GET', '/api/trace?' + kind + '=' + encodeURIComponent(query));
    const rows = entries.map(t => el('tr', { className: 'trace-step' },
      el('td', {}, shortTime(t.at)),
      el('td', { className: 'mono' }, t.routeId),
      el('td', {}, t.step),
      el('td', { className: 'outcome-' + t.outcome }, t.outcome),
      el('td', {}, t.messageType),
      el('td', { className: 'mono' }, t.businessKey),
      el('td', { className: 'num' }, t.durationMs === null || t.durationMs === undefined ? '' : t.durationMs),
      el('td', { className: 'reason' }, t.detail)));
    replaceRows(document.getElementById('trace-body'), rows);
    setText('trace-count', entries.length + ' step(s)');
  } catch (e) {
    notice(e.message, true);
  }
}

// ---- Polling.
async function refresh() {
  if (state.polling) return;
  state.polling = true;
  try {
    const [routes, queues, sagas] = await Promise.all([
      api('GET', '/api/routes'), api('GET', '/api/dead-letters'), api('GET', '/api/sagas?open=true&max=20')]);
    renderRoutes(routes, Date.now());
    renderDeadLetterQueues(queues);
    renderSagas(sagas);
    await Promise.all([loadFailures(queues), loadReconciliation()]);
    setText('refreshed', 'Updated ' + new Date().toLocaleTimeString());
    document.body.setAttribute('data-refreshed', String(Date.now()));
  } catch (e) {
    notice(e.message, true);
  } finally {
    state.polling = false;
  }
}

function schedule() {
  clearInterval(state.timer);
  if (document.getElementById('auto-refresh').checked) {
    state.timer = setInterval(refresh, POLL_MS);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('refresh-now').addEventListener('click', refresh);
  document.getElementById('auto-refresh').addEventListener('change', schedule);
  document.getElementById('reconcile-run').addEventListener('click', () => reconcile(false));
  document.getElementById('reconcile-repair').addEventListener('click', () => reconcile(true));
  document.getElementById('trace-form').addEventListener('submit', event => {
    event.preventDefault();
    searchTrace();
  });
  refresh();
  schedule();
});
