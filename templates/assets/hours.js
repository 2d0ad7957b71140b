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

  /* The data says the place's availability from text.from until before text.until (minutes since
     1970): "start-end" open for everyone, "start-end:families" open for that audience only,
     "?start-end" hours nobody knows; the rest of the span is closed. Outside the span the
     script does not guess. */
  var from = Number(text.from) * 60000;
  var until = Number(text.until) * 60000;
  /* Digits 0-9 in every language, as in the pages the build wrote (Arabic readers here meet them everywhere). */
  var dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  var clock = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    numberingSystem: 'latn' });
  var weekday = new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: 'long' });

  function periods(element) {
    return element.dataset.open.split(' ').filter(Boolean).map(function (token) {
      var unknown = token.charAt(0) === '?';
      var parts = token.replace('?', '').split(':');
      var times = parts[0].split('-');
      return { start: Number(times[0]) * 60000, end: Number(times[1]) * 60000, unknown: unknown,
        audience: parts[1] ? text['audience' + parts[1].charAt(0).toUpperCase() + parts[1].slice(1)] || parts[1] : null };
    }).sort(function (a, b) {
      return a.start - b.start || (a.audience ? 1 : 0) - (b.audience ? 1 : 0);
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

  /* What to say at `now`, and whether the place is open: for everyone first, then for an audience. */
  function say(list, now) {
    var current = list.filter(function (p) { return now >= p.start && now < p.end; });
    var open = current.filter(function (p) { return !p.unknown && !p.audience; })[0]
      || current.filter(function (p) { return !p.unknown; })[0];
    if (open) {
      var end = closing(open.end, now);
      end.audience = open.audience;
      var template = open.audience ? (end.day ? text.openNowForLater : text.openNowFor)
        : (end.day ? text.openNowLater : text.openNow);
      return { message: fill(template, end), open: true };
    }
    if (current.length) {
      return { message: text.unknownNow, open: false };
    }
    /* The next thing the data knows: an opening, or hours nobody knows (then only "closed now"). */
    var next = list.filter(function (p) { return p.start > now; })[0];
    if (!next || next.unknown) {
      return { message: text.closedNow, open: false };
    }
    var day = dayText(next.start, now);
    var values = { day: day, time: clock.format(next.start), audience: next.audience };
    var opens = next.audience ? (day ? text.closedNowOpensForDay : text.closedNowOpensFor)
      : (day ? text.closedNowOpensDay : text.closedNowOpens);
    return { message: fill(opens, values), open: false };
  }

  function openNow(element, now) {
    var target = element.querySelector('strong') || element;
    if (now < from || now >= until) {
      /* The page is older than its data (or the clock is wrong): say when it was made, never guess. */
      var onCard = element.closest('.card') !== null;
      target.textContent = fill(onCard ? text.dataFromList : text.dataFromPage, { date: text.built });
      element.classList.remove('is-open', 'is-closed');
      return;
    }
    var answer = say(periods(element), now);
    if (answer.message === text.closedNow && dayKey.format(now) === dayKey.format(from + 36 * 36e5)) {
      return; /* closed for the rest of the build day: the build's text, with its reason, stays true */
    }
    target.textContent = answer.message;
    element.classList.toggle('is-open', answer.open);
    element.classList.toggle('is-closed', !answer.open);
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
