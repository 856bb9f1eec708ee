// Live bed board and wall screen: the element with data-live-stream listens to the server-sent events of its
// hospital's board and, on each "board" event, fetches itself again (the page's own address, so its filters) and
// swaps it in, at most one fetch at a time. The change is announced politely (data-live-message) and the focus kept
// on the same element. While the user has a form of the board open, the refresh waits for it to be closed or sent.
// A wall screen (data-live-reload) also reloads the whole page when the stream has been down for a minute.
(function () {
  'use strict';
  var live = document.querySelector('[data-live-stream]');
  if (!live || !window.EventSource || !window.htmx) {
    return;
  }
  var id = live.id;
  var busy = false;
  var pending = false;
  var timer = null;
  var downSince = null;

  function editing() {
    var el = document.getElementById(id);
    var active = document.activeElement;
    return el && active && el.contains(active) && active.closest('form') && active.tagName !== 'A'
      && active.tagName !== 'BUTTON';
  }

  function refresh() {
    if (busy || editing()) {
      pending = true;
      return;
    }
    busy = true;
    var active = document.activeElement;
    var focusId = active && active.id;
    var el = document.getElementById(id);
    htmx.ajax('GET', window.location.pathname + window.location.search,
      { target: '#' + id, swap: 'outerHTML', headers: { 'HX-Live': 'true' } })
      .then(function () {
        el = document.getElementById(id);
        var message = document.getElementById('board-live');
        if (message && el && el.dataset.liveMessage) {
          message.textContent = el.dataset.liveMessage + ' ' + new Date().toLocaleTimeString();
        }
        if (focusId && document.getElementById(focusId)) {
          document.getElementById(focusId).focus({ preventScroll: true });
        }
      })
      .finally(function () {
        busy = false;
        if (pending) {
          pending = false;
          schedule();
        }
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 100);
  }

  var source = new EventSource(live.dataset.liveStream);
  source.addEventListener('board', schedule);
  source.addEventListener('open', function () {
    downSince = null;
  });
  source.onerror = function () {
    if (downSince === null) {
      downSince = Date.now();
    }
  };
  document.addEventListener('focusout', function () {
    if (pending) {
      setTimeout(function () { if (pending && !editing()) { pending = false; schedule(); } }, 200);
    }
  });
  if (live.dataset.liveReload) {
    setInterval(function () {
      if (downSince !== null && Date.now() - downSince > 60000) {
        window.location.reload();
      }
    }, 10000);
  }
})();
