// The node's web page: plain ES module, no build step. Reads the node API with the bearer
// token (taken once from the URL fragment #token=…, or typed in), polls the slow-moving
// views and listens to /v1/events for alerts, campaigns and membership changes.
const $ = (id) => document.getElementById(id);
const categories = ['hate_speech', 'offensive', 'threat', 'harassment'];
const colours = { hate_speech: '#f85149', offensive: '#d29922', threat: '#bc8cff', harassment: '#58a6ff' };
const state = { token: takeToken(), leaderId: null, alerts: [], campaigns: new Map() };

function takeToken() {
  const match = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem('continuum-token', decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem('continuum-token');
}

async function api(path, init = {}) {
  const response = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${state.token ?? ''}` } });
  if (response.status === 401) {
    $('token-box').hidden = false;
    throw new Error('unauthorised');
  }
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.headers.get('content-type')?.includes('json') ? response.json() : response.text();
}

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
};
const short = (id) => (id && id.length > 16 ? `${id.slice(0, 6)}…${id.slice(-6)}` : id ?? '-');
const time = (ms) => new Date(ms).toLocaleTimeString();

function renderRaft(raft, status) {
  state.leaderId = raft.leaderId ?? null;
  const rows = { role: raft.role, term: raft.term, 'commit index': raft.commitIndex, 'applied index': raft.appliedIndex,
    leader: short(raft.leaderId), voters: (raft.voters ?? []).length, members: status.members };
  $('raft').replaceChildren(...Object.entries(rows).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v ?? '-')]));
  $('node-line').textContent = `${status.name} · ${status.tier} · ${status.territory} · ${short(status.peer_id)}`;
}

/** Members as a tree by their parent; members without a known parent are roots. */
function renderTree(members) {
  const byId = new Map(members.map((m) => [m.peerId, m]));
  const children = new Map();
  const roots = [];
  for (const member of members) {
    if (member.parent && byId.has(member.parent)) {
      if (!children.has(member.parent)) children.set(member.parent, []);
      children.get(member.parent).push(member);
    } else roots.push(member);
  }
  const rank = { global: 0, national: 1, regional: 2, leaf: 3 };
  const order = (a, b) => (rank[a.tier] - rank[b.tier]) || a.name.localeCompare(b.name);
  const item = (member) => {
    const status = (member.status ?? 'joining').toLowerCase();
    const label = el('span', { class: 'node', 'data-peer': member.peerId, 'data-status': status },
      el('i', { class: `dot s-${status}`, title: status }), member.name || short(member.peerId), el('span', { class: 'tier' }, member.tier),
      el('span', { class: 'muted' }, member.territory), member.peerId === state.leaderId ? el('span', { class: 'tier' }, 'raft leader') : '');
    const kids = (children.get(member.peerId) ?? []).sort(order);
    return el('li', {}, label, kids.length ? el('ul', {}, ...kids.map(item)) : '');
  };
  $('tree').replaceChildren(...(members.length ? roots.sort(order).map(item) : [el('li', { class: 'empty' }, 'no members yet')]));
}

function renderPeers(peers) {
  $('peers').tBodies[0].replaceChildren(...peers.map((p) => el('tr', {}, el('td', { title: p.peerId }, short(p.peerId)),
    el('td', {}, p.latencyMs === undefined ? '-' : `${p.latencyMs.toFixed(1)} ms`), el('td', {}, p.direction))));
}

/** A line per category over the query's time buckets, as inline SVG. */
function renderChart(series) {
  const width = 640, height = 180, pad = 28;
  if (!series.length) {
    $('chart').replaceChildren(el('p', { class: 'empty' }, 'no posts counted yet'));
    return;
  }
  const xs = series.map((s) => s.bucket_ms);
  const max = Math.max(1, ...series.flatMap((s) => categories.map((c) => s.by_category?.[c] ?? 0)));
  const x = (ms) => pad + ((ms - xs[0]) / Math.max(1, xs[xs.length - 1] - xs[0])) * (width - 2 * pad);
  const y = (v) => height - pad - (v / max) * (height - 2 * pad);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', '100%');
  const add = (tag, attrs, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
  };
  add('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: '#2a323c' });
  add('text', { x: 2, y: pad }, String(max));
  add('text', { x: pad, y: height - 8 }, time(xs[0]));
  add('text', { x: width - pad - 50, y: height - 8 }, time(xs[xs.length - 1]));
  categories.forEach((c, i) => {
    const points = series.map((s) => `${x(s.bucket_ms).toFixed(1)},${y(s.by_category?.[c] ?? 0).toFixed(1)}`).join(' ');
    add('polyline', { points, fill: 'none', stroke: colours[c], 'stroke-width': 2 });
    add('text', { x: pad + 10 + i * 130, y: 12, fill: colours[c] }, c.replace('_', ' '));
  });
  $('chart').replaceChildren(svg);
}

function renderQuery(query) {
  const totals = query.totals ?? {};
  $('totals').textContent = `${totals.posts ?? 0} posts in the subtree`;
  renderChart(query.series ?? []);
  $('hashtags').replaceChildren(...((query.top_hashtags ?? []).length ? query.top_hashtags.map((h) => el('li', {}, `#${h.tag} `, el('span', { class: 'muted' }, h.count))) : [el('li', { class: 'empty' }, 'none yet')]));
  for (const campaign of query.campaigns ?? []) state.campaigns.set(campaign.id, campaign);
  renderCampaigns();
  state.alerts = mergeAlerts(state.alerts, query.alerts ?? []);
  renderAlerts();
}

function renderCampaigns() {
  const list = [...state.campaigns.values()].sort((a, b) => b.last_seen_ms - a.last_seen_ms);
  $('campaigns').replaceChildren(...(list.length ? list.map((c) => el('li', {},
    el('strong', { class: `sev-${c.severity}` }, c.severity ?? ''), ` ${c.volume} posts at ${c.nodes.length} nodes `,
    el('span', { class: 'muted' }, `${time(c.first_seen_ms)}–${time(c.last_seen_ms)} · ${(c.territories ?? []).join(', ')}`))) : [el('li', { class: 'empty' }, 'none detected')]));
}

function mergeAlerts(known, incoming) {
  const byCid = new Map(known.map((a) => [a.cid, a]));
  for (const alert of incoming) byCid.set(alert.cid, alert);
  return [...byCid.values()].sort((a, b) => b.created_at_ms - a.created_at_ms).slice(0, 100);
}

function renderAlerts() {
  $('alerts').replaceChildren(...(state.alerts.length ? state.alerts.map((a) => el('li', {},
    el('strong', { class: `sev-${a.severity}` }, a.severity), ` ${(a.categories ?? []).join(', ')} `,
    el('span', { class: 'muted' }, `${a.territory} · ${time(a.created_at_ms)} · ${short(a.cid)}`))) : [el('li', { class: 'empty' }, 'no high-severity posts')]));
}

async function loadWatchlist() {
  try {
    const doc = await api('/v1/docs/watchlist');
    $('watchlist').value = [...(doc.content?.terms ?? []), ...(doc.content?.hashtags ?? []).map((h) => `#${h}`)].join('\n');
  } catch (error) {
    // 404: nobody has written the watchlist yet; it starts empty.
    $('watchlist-status').textContent = String(error.message).includes('HTTP 404') ? 'empty so far' : 'the watchlist is not available on this node';
  }
}

async function saveWatchlist() {
  const lines = $('watchlist').value.split('\n').map((l) => l.trim()).filter(Boolean);
  const content = { terms: lines.filter((l) => !l.startsWith('#')), hashtags: lines.filter((l) => l.startsWith('#')).map((l) => l.slice(1)) };
  try {
    await api('/v1/docs/watchlist', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ content }) });
    $('watchlist-status').textContent = `saved ${time(Date.now())}`;
  } catch (error) {
    $('watchlist-status').textContent = `not saved: ${error.message}`;
  }
}

async function refresh() {
  if (!state.token) {
    $('token-box').hidden = false;
    return;
  }
  try {
    const [status, raft, members, peers] = await Promise.all([api('/v1/status'), api('/v1/raft'), api('/v1/members'), api('/v1/peers')]);
    renderRaft(raft, status);
    renderTree(members.members);
    renderPeers(peers.peers);
    $('token-box').hidden = true;
  } catch (error) {
    $('node-line').textContent = `not reachable: ${error.message}`;
  }
  try {
    renderQuery(await api('/v1/query'));
  } catch {
    renderChart([]);
  }
}

function listen() {
  if (!state.token) return;
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/events?token=${encodeURIComponent(state.token)}`);
  socket.onopen = () => { $('connection').textContent = 'live'; $('connection').classList.add('live'); };
  socket.onclose = () => { $('connection').textContent = 'offline'; $('connection').classList.remove('live'); setTimeout(listen, 2000); };
  socket.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.type === 'alert') { state.alerts = mergeAlerts(state.alerts, [event.data]); renderAlerts(); }
    if (event.type === 'campaign') { state.campaigns.set(event.data.id, event.data); renderCampaigns(); }
    if (event.type === 'member' || event.type === 'leader') void refresh();
  };
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.token = $('token-input').value.trim();
  sessionStorage.setItem('continuum-token', state.token);
  void refresh().then(loadWatchlist);
  listen();
});
$('watchlist-save').addEventListener('click', () => void saveWatchlist());
void refresh().then(loadWatchlist);
listen();
setInterval(() => void refresh(), 2000);
