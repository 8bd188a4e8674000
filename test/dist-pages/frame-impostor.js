// Posts a message as this page would, when the test hands it one:
// `{ type: 'impostor:post', message, to: 'parent' | 'self' }`. The message then comes from this
// page's own window (`event.source`) and origin, as one from a page pretending to be the widgets'
// frame.html, or from the host page itself, would.
// Every message it receives is kept in window.__received.
window.__received = [];
addEventListener('message', (event) => {
  window.__received.push(event.data);
  if (!event.data || event.data.type !== 'impostor:post') return;
  (event.data.to === 'self' ? window : parent).postMessage(event.data.message, '*');
});
