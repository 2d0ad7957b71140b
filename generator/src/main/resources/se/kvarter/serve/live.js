// kvarter dev server: reloads the page when the site is rebuilt. Served only by `kvarter serve`,
// never part of a built site.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? script.getAttribute("data-version") : null;
  if (!window.EventSource) {
    return;
  }
  var events = new EventSource("/__kvarter/events");
  events.addEventListener("version", function (event) {
    if (version !== null && event.data !== version) {
      window.location.reload();
    }
  });
})();
