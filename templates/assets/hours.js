/* kvarter: "open now" on places, from the hours the page carries for the coming days.
   Every page works without it: the text of the build stays. Texts come from the data
   attributes of this script's element, in the page's language. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.Intl) {
    return;
  }
  var text = script.dataset;
  var zone = text.zone;
  var lang = text.lang;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }

  /* Periods are "start-end" in minutes since 1970, when the place is open for everyone. */
  /* Digits 0-9 in every language, as in the pages the build wrote (Arabic readers here meet them everywhere). */
  var dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  var clock = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    numberingSystem: 'latn' });
  var weekday = new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: 'long' });

  function periods(element) {
    return element.dataset.open.split(' ').map(function (pair) {
      var parts = pair.split('-');
      return [Number(parts[0]) * 60000, Number(parts[1]) * 60000];
    });
  }

  function dayText(instant, now) {
    var day = dayKey.format(instant);
    if (day === dayKey.format(now)) {
      return '';
    }
    return day === dayKey.format(now + 864e5) ? text.tomorrow : weekday.format(instant);
  }

  /* A place that closes at midnight closes "at 24:00", not "tomorrow at 00:00". */
  function closing(end, now) {
    var time = clock.format(end);
    var day = dayText(end, now);
    if (day === text.tomorrow && dayKey.format(end - 1) === dayKey.format(now)) {
      return { day: '', time: '24:00' };
    }
    return { day: day, time: time };
  }

  function openNow(element, now) {
    var list = periods(element);
    var message = null;
    var open = false;
    for (var i = 0; i < list.length && message === null; i++) {
      if (now >= list[i][0] && now < list[i][1]) {
        var end = closing(list[i][1], now);
        message = end.day ? fill(text.openNowLater, end) : fill(text.openNow, end);
        open = true;
      } else if (list[i][0] > now) {
        var day = dayText(list[i][0], now);
        var values = { day: day, time: clock.format(list[i][0]) };
        message = day ? fill(text.closedNowOpensDay, values) : fill(text.closedNowOpens, values);
      }
    }
    if (message === null) {
      return; /* the page is older than its data: the text of the build stays */
    }
    (element.querySelector('strong') || element).textContent = message;
    element.classList.toggle('is-open', open);
    element.classList.toggle('is-closed', !open);
  }

  var placesWithHours = document.querySelectorAll('[data-open]');
  function updateAll() {
    var now = Date.now();
    placesWithHours.forEach(function (element) {
      openNow(element, now);
    });
  }
  if (placesWithHours.length) {
    updateAll();
    setInterval(updateAll, 60000);
  }

}());
