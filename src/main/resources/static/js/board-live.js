// Live bed board and wall screen: the element with data-live-stream listens to the server-sent events of its
// hospital's board and, on each "board" event, fetches itself again (the page's own address, so its unit and
// filters) and swaps it in, one fetch at a time. The change is announced politely (data-live-message) and the focus
// kept on the same control of the same bed. While a form is open inside it (a bed's status actions, an inline
// error), the refresh waits until the form is gone. A wall screen (data-live-reload) also reloads the whole page when
// the stream has been down for a minute, and every five minutes whatever happens (the last fallback; no
// <meta http-equiv="refresh">, which WCAG 2.2.1 forbids).
(function () {
  'use strict';
  var live = document.querySelector('[data-live-stream]');
  if (!live || !window.EventSource || !window.htmx) {
    return;
  }
  var id = live.id;
  var FOCUSABLE = 'a, button, input, select, textarea';
  var busy = false;
  var pending = false;
  var timer = null;
  var downSince = null;
  var others = 0; // the page's own htmx requests in flight (a status action): the live refresh waits for them
  var place = null;

  function editing() {
    var el = document.getElementById(id);
    return !!(el && el.querySelector('form'));
  }

  function where() {
    var active = document.activeElement;
    var el = document.getElementById(id);
    if (!active || !el || !el.contains(active)) {
      return null;
    }
    var bed = active.closest('li[id]');
    if (!bed) {
      return { id: active.id || null };
    }
    return { bed: bed.id, index: Array.prototype.indexOf.call(bed.querySelectorAll(FOCUSABLE), active) };
  }

  function restore(place) {
    if (!place) {
      return;
    }
    var target = null;
    if (place.bed) {
      var bed = document.getElementById(place.bed);
      if (bed) {
        var controls = bed.querySelectorAll(FOCUSABLE);
        target = controls[place.index] || controls[0] || null;
      }
    } else if (place.id) {
      target = document.getElementById(place.id);
    }
    if (target) {
      target.focus({ preventScroll: true });
    }
  }

  function refresh() {
    if (busy || editing() || others > 0) {
      pending = true;
      return;
    }
    busy = true;
    htmx.ajax('GET', window.location.pathname + window.location.search,
      { target: '#' + id, swap: 'outerHTML', headers: { 'HX-Live': 'true' } })
      .then(function () {
        var el = document.getElementById(id);
        var message = document.getElementById('board-live');
        if (message && el && el.dataset.liveMessage) {
          message.textContent = el.dataset.liveMessage + ' ' + new Date().toLocaleTimeString();
        }
        restore(place);
        place = null;
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

  function isLive(event) {
    var config = event.detail && event.detail.requestConfig;
    return !!(config && config.headers && config.headers['HX-Live']);
  }
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (!isLive(event)) {
      others++;
    }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    if (!isLive(event)) {
      others = Math.max(0, others - 1);
    }
  });
  // Where the focus is just before the live swap (not when the request left: an action may have moved it since).
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (isLive(event)) {
      place = where();
    }
  });

  var source = new EventSource(live.dataset.liveStream);
  source.addEventListener('board', schedule);
  source.addEventListener('open', function () {
    downSince = null;
    document.documentElement.setAttribute('data-live', 'open'); // for tests and tools: the stream is listening
  });
  source.onerror = function () {
    document.documentElement.setAttribute('data-live', 'down');
    if (downSince === null) {
      downSince = Date.now();
    }
  };
  if (live.dataset.liveReload) {
    setTimeout(function () { window.location.reload(); }, 5 * 60 * 1000);
  }
  setInterval(function () {
    if (pending && !busy && !editing() && others === 0) {
      pending = false;
      schedule();
    }
    if (live.dataset.liveReload && downSince !== null && Date.now() - downSince > 60000) {
      window.location.reload();
    }
  }, 1000);
})();
