/*
 * Long exports show progress (issue 17): a link marked data-aso-progress is fetched here rather
 * than followed, so that the page can say in its status region that the file is being made, then
 * that it is ready (or could not be made), while the reader stays on the page. Without scripts the
 * link is an ordinary download. A file of our own, so the Content-Security-Policy needs no inline
 * script.
 */
(function () {
  'use strict';

  function say(status, text) {
    if (status) {
      status.textContent = text;
    }
  }

  function fileName(response) {
    var found = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
    return found ? found[1] : 'download';
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-aso-progress]') : null;
    if (!link || !window.fetch || !window.URL || link.getAttribute('aria-disabled') === 'true') {
      return;
    }
    event.preventDefault();
    var status = document.getElementById(link.getAttribute('data-aso-progress'));
    link.setAttribute('aria-disabled', 'true');
    say(status, link.getAttribute('data-aso-preparing'));
    fetch(link.href, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        var name = fileName(response);
        return response.blob().then(function (blob) {
          save(blob, name);
          say(status, link.getAttribute('data-aso-ready') + ' ' + name);
        });
      })
      .catch(function () {
        say(status, link.getAttribute('data-aso-failed'));
      })
      .then(function () {
        link.removeAttribute('aria-disabled');
      });
  });
})();
