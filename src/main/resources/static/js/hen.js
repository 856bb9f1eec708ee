// Sends the CSRF token with every htmx request that changes state.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
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
