// kvarter dev server: reloads the page when a rebuild changed it. Served only by `kvarter serve`,
// never part of a built site.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? script.getAttribute("data-version") : null;
  if (!window.EventSource) {
    return;
  }
  // Saying which page this is, it hears only of the rebuilds that changed it.
  var events = new EventSource("/__kvarter/events?page=" + encodeURIComponent(window.location.pathname));
  events.addEventListener("version", function (event) {
    if (version !== null && event.data !== version) {
      window.location.reload();
    }
  });
})();
