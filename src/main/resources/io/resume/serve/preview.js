// Keeps the preview up to date: the server sends its state (server-sent events) after every save,
// first when the save's HTML is ready (the HTML pane reloads at once), then when every format is (the
// others reload); a broken save shows its problems and the panes stay on the last good render.
'use strict';
(() => {
  let shown = Number(document.body.dataset.version);
  let shownHtml = Number(document.body.dataset.htmlVersion);
  const status = document.getElementById('status');

  function list(id, lines) {
    const section = document.getElementById(id);
    const ul = section.querySelector('ul');
    ul.replaceChildren(...lines.map(line => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    }));
    section.hidden = lines.length === 0;
  }

  function reload(frame, version) {
    const next = '/resume.' + frame.dataset.format + '?v=' + version + (frame.dataset.format === 'pdf' ? '#view=FitH' : '');
    if (frame.dataset.format === 'html') {
      // Keep the reader's place in the page across reloads.
      let y = 0;
      try { y = frame.contentWindow.scrollY; } catch (e) { /* not loaded yet */ }
      frame.addEventListener('load', () => frame.contentWindow.scrollTo(0, y), { once: true });
    }
    frame.src = next;
  }

  const events = new EventSource('/events');
  events.addEventListener('state', event => {
    const state = JSON.parse(event.data);
    // The HTML moves on early, and back when the rest of its save failed.
    if (state.htmlVersion !== shownHtml) {
      shownHtml = state.htmlVersion;
      document.querySelectorAll('iframe[data-format=html]').forEach(frame => reload(frame, shownHtml));
    }
    if (state.version > shown) {
      shown = state.version;
      document.querySelectorAll('iframe[data-format]:not([data-format=html])').forEach(frame => reload(frame, shown));
      document.querySelectorAll('a[data-format]').forEach(a => { a.href = '/resume.' + a.dataset.format + '?v=' + shown; });
    }
    list('problems', state.problems);
    list('warnings', state.warnings);
    const time = new Date().toLocaleTimeString();
    status.textContent = state.problems.length > 0
      ? 'Save at ' + time + ' has problems; showing render ' + shown
      : state.htmlVersion > shown
        ? 'Render ' + state.htmlVersion + ': HTML shown, the PDF follows'
        : 'Render ' + shown + ', up to date at ' + time;
    document.body.dataset.version = String(shown);
    document.body.dataset.htmlVersion = String(shownHtml);
  });
  events.addEventListener('error', () => { status.textContent = 'Not connected to resume serve; retrying…'; });
})();
