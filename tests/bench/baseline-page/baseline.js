// The benchmark's baseline: fetch the same accounts.list rows and render them all as a plain
// HTML table, with no framework and no virtualisation. Times are stamped on window.
// The browser's floor: how long after navigation any script of ours can run at all.
window.__baselineScriptStart = performance.now();
const token = new URLSearchParams(location.search).get('token');
const escape = (value) => String(value ?? '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
let rows = [];

function render() {
  const html = rows
    .map((r) => `<tr><td>${escape(r.name)}</td><td>${escape(r.tier)}</td><td>${escape(r.segment)}</td><td>${escape(r.owner)}</td><td>${escape(r.stage)}</td><td>${r.arr}</td><td>${r.mrr}</td><td>${escape(r.renewalDate)}</td><td>${escape(r.lastTouch)}</td><td>${r.contactsCount}</td></tr>`)
    .join('');
  document.querySelector('#baseline tbody').innerHTML = html;
  void document.body.offsetHeight; // force layout, as a real first paint needs
}

function afterPaint(key) {
  requestAnimationFrame(() => {
    window[key] = performance.now();
  });
}

window.__baselineSortByArr = () => {
  const start = performance.now();
  rows = [...rows].sort((a, b) => b.arr - a.arr);
  render();
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
};

fetch('/api/accounts.list', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csm-token': token },
  body: '{}',
})
  .then((response) => response.json())
  .then((envelope) => {
    rows = envelope.result.rows;
    render();
    afterPaint('__baselineRendered');
  });
