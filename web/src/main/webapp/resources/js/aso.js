/*
 * Brings the result of what the user just did to them (WCAG 2.4.3, 3.3.1): after a full-page post
 * or a PrimeFaces ajax update, the page's message, or an element marked data-aso-focus (a consent
 * link just issued, a proposal, a form just opened), is scrolled into view and gets the focus, so a
 * keyboard or screen-reader user is not left at a button far below it.
 *
 * Order: an error or warning first (what must be fixed), then a marked result, then a plain "saved"
 * message. An ajax update does not take the focus from someone typing or choosing in a field
 * (autosave on blur): there the message area, a live region, is announced without moving them.
 *
 * A posted page also becomes a plain entry of the browser's history (same address, the page's
 * own parameters: see AddressKeepingViewHandler), so a reload or Back asks for the page again
 * instead of posting the form a second time.
 *
 * A file of our own, so the Content-Security-Policy needs no inline script.
 */
(function () {
  'use strict';

  var FOCUS = '[data-aso-focus]';
  var handled = new WeakSet();
  var loaded = false;
  var pending = false;

  function isNew(element) {
    if (!element || handled.has(element)) {
      return false;
    }
    handled.add(element);
    return true;
  }

  function messageArea() {
    var area = document.getElementById('messageArea');
    return area && area.querySelector('.message') ? area : null;
  }

  function hasProblem(area) {
    return area.querySelector('.message-error, .message-warn') !== null;
  }

  function bringToUser(element) {
    if (!element.hasAttribute('tabindex')) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus({ preventScroll: true });
    var tall = element.getBoundingClientRect().height > window.innerHeight / 2;
    element.scrollIntoView({ block: tall ? 'start' : 'center' });
  }

  /** Someone typing or choosing in a field keeps their place; a button or a link gives it up. */
  function userIsInAField() {
    var active = document.activeElement;
    if (!active || active === document.body) {
      return false;
    }
    var tag = active.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || active.isContentEditable) {
      return true;
    }
    return tag === 'INPUT' && !/^(button|submit|reset|image)$/i.test(active.type);
  }

  /** The first marked element not seen before; all of them count as seen from now on. */
  function firstNewMarked() {
    var first = null;
    var marked = document.querySelectorAll(FOCUS);
    for (var i = 0; i < marked.length; i++) {
      if (isNew(marked[i]) && first === null) {
        first = marked[i];
      }
    }
    return first;
  }

  /** What to show: on the first run the page as loaded, later only what an update added. */
  function showResult() {
    var area = messageArea();
    var messages = document.getElementById('messages');
    var newMessages = area !== null && isNew(messages);
    var marked = firstNewMarked();
    var target = null;
    if (newMessages && hasProblem(area)) {
      target = area;
    } else if (marked) {
      target = marked;
    } else if (newMessages) {
      target = area;
    }
    if (target && !(loaded && userIsInAField())) {
      bringToUser(target);
    }
  }

  function afterUpdate() {
    if (!pending) {
      pending = true;
      window.setTimeout(function () {
        pending = false;
        showResult();
      }, 0);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.history && window.history.replaceState) {
      window.history.replaceState(window.history.state, '', window.location.href);
    }
    showResult();
    loaded = true;
    new MutationObserver(afterUpdate).observe(document.body, { childList: true, subtree: true });
  });
})();

/*
 * The main menu on a narrow screen: a button that opens and closes it (WCAG 1.4.10: nothing scrolls
 * sideways at 320 px). Without this script the menu simply stays open above the content.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('navToggle');
    var nav = document.getElementById('appNav');
    if (!toggle || !nav) {
      return;
    }
    toggle.addEventListener('click', function () {
      var open = nav.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
})();

/* A line of the error summary takes the user to its field, with the focus in it. */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('#messages a[href^="#"]') : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: 'center' });
    }
  });
})();
