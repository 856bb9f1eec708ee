// Sends the CSRF token with every htmx request that changes state.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A bed's "change status" link on the board loads the bed's actions in its place (htmx), through this one handler
// rather than htmx attributes on each of a board's thousand links; without JavaScript it opens the actions page.
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('a.bed-actions-link') : null;
  if (!link || !window.htmx || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey
      || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  htmx.ajax('GET', link.getAttribute('href'), {source: link, target: link, swap: 'outerHTML'});
});

// After a bed status change on the board (htmx), focus the bed's card: its invalid field, else its status link.
document.addEventListener('htmx:afterSettle', function () {
  var marker = document.getElementById('board-focus');
  if (!marker) {
    return;
  }
  var card = document.getElementById('bed-' + marker.getAttribute('data-bed'));
  marker.remove();
  if (!card) {
    return;
  }
  var target = card.querySelector('[aria-invalid="true"]') || card.querySelector('a.bed-actions-link');
  if (!target) {
    card.setAttribute('tabindex', '-1');
    target = card;
  }
  target.focus();
});

// A form being sent cannot be sent twice: its submit buttons are disabled once the browser has taken the form's data
// (a disabled button would not send its own name and value), and enabled again when the page comes back from the
// browser's history. htmx requests disable them for the time of the request.
function henBusy(form, busy) {
  form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]').forEach(function (button) {
    button.disabled = busy;
  });
  if (busy) {
    form.setAttribute('aria-busy', 'true');
  } else {
    form.removeAttribute('aria-busy');
  }
}
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || form.hasAttribute('hx-post') || form.hasAttribute('hx-get')) {
    return;
  }
  setTimeout(function () {
    if (!event.defaultPrevented) {
      henBusy(form, true);
    }
  }, 0);
});
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[aria-busy="true"]').forEach(function (form) { henBusy(form, false); });
});
document.addEventListener('htmx:beforeRequest', function (event) {
  var form = event.detail.elt.closest ? event.detail.elt.closest('form') : null;
  if (form) {
    henBusy(form, true);
  }
});
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.detail.elt.closest ? event.detail.elt.closest('form') : null;
  if (form && document.contains(form)) {
    henBusy(form, false);
  }
});

// Destructive actions ask first: a form (or its submit button) with data-confirm="<message>" is submitted only once
// the user accepts window.confirm. Listening on window in the capture phase runs before any other submit handler,
// htmx's included (it listens on the form), so a dismissed dialog stops both the browser's and htmx's submission.
// A dismissed dialog therefore leaves the submit buttons enabled (see henBusy). Without JavaScript the form is
// submitted as it is and the server's rules apply.
window.addEventListener('submit', function (event) {
  var form = event.target;
  var submitter = event.submitter;
  var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// Notifications arrive live (server-sent events of /notifications/stream): the header's bell shows the unread count,
// and a new notification is read out by the polite live region next to it. The browser reconnects by itself.
(function () {
  var bell = document.querySelector('a.bell');
  if (!bell || !window.EventSource) {
    return;
  }
  var badge = bell.querySelector('.badge');
  var live = document.getElementById('notify-live');
  function show(unread) {
    badge.textContent = String(unread);
    badge.classList.toggle('none', unread === 0);
    bell.setAttribute('data-unread', String(unread));
  }
  var source = new EventSource('/notifications/stream');
  source.addEventListener('open', function () { bell.setAttribute('data-live', 'open'); });
  source.addEventListener('error', function () { bell.removeAttribute('data-live'); });
  source.addEventListener('unread', function (event) {
    show(JSON.parse(event.data).unread);
  });
  source.addEventListener('notification', function (event) {
    var data = JSON.parse(event.data);
    show(data.unread);
    if (live) {
      live.textContent = data.text;
    }
  });
  window.addEventListener('pagehide', function () { source.close(); });
})();
