/* kvarter "open now" from data-open (format: PlaceViews.openPeriods); past data-until, when the page was made */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.Intl) {
    return;
  }
  var text = script.dataset;
  var zone = text.zone;
  var from = text.from * 6e4;
  var until = text.until * 6e4;
  /* digits 0-9, as the pages have */
  var dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  var clock = new Intl.DateTimeFormat(text.lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    numberingSystem: 'latn' });
  var weekday = new Intl.DateTimeFormat(text.lang, { timeZone: zone, weekday: 'long' });

  /* an empty {day} is today: "stänger 17:00" */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    }).replace(/\s+/g, ' ').trim();
  }

  function periods(element) {
    return element.dataset.open.split(' ').filter(Boolean).map(function (token) {
      var parts = token.replace('?', '').split(/[-:]/);
      var who = parts[2];
      return { start: from + parts[0] * 6e4, end: from + parts[1] * 6e4, unknown: token[0] === '?',
        audience: who ? text['audience' + who[0].toUpperCase() + who.slice(1)] || who : null };
    }).sort(function (a, b) {
      return a.start - b.start || !!a.audience - !!b.audience;
    });
  }

  function dayText(instant, now) {
    var day = dayKey.format(instant);
    return day === dayKey.format(now) ? '' : day === dayKey.format(now + 864e5) ? text.tomorrow : weekday.format(instant);
  }

  /* open for everyone, for an audience, unknown, or the next opening */
  function say(list, now) {
    var current = list.filter(function (p) { return now >= p.start && now < p.end; });
    var open = current.filter(function (p) { return !p.unknown && !p.audience; })[0]
      || current.filter(function (p) { return !p.unknown; })[0];
    if (open) {
      var end = { day: dayText(open.end, now), time: clock.format(open.end), audience: open.audience };
      if (end.day === text.tomorrow && dayKey.format(open.end - 1) === dayKey.format(now)) {
        end = { day: '', time: '24:00', audience: open.audience }; /* closes at midnight, not "tomorrow 00:00" */
      }
      return [fill(open.audience ? text.openNowForLater : text.openNowLater, end), true];
    }
    if (current.length) {
      return [text.unknownNow, false];
    }
    var next = list.filter(function (p) { return p.start > now; })[0];
    if (!next || next.unknown) {
      return [text.closedNow, false];
    }
    var values = { day: dayText(next.start, now), time: clock.format(next.start), audience: next.audience };
    return [fill(next.audience ? text.closedNowOpensForDay : text.closedNowOpensDay, values), false];
  }

  function openNow(element, now) {
    var target = element.querySelector('strong') || element;
    if (now < from || now >= until) {
      target.textContent = fill(text.dataFrom, { date: text.built });
      element.classList.remove('is-open', 'is-closed');
      return;
    }
    var answer = say(periods(element), now);
    /* closed all the build day: its text, with the reason, stays */
    if (answer[0] !== text.closedNow || dayKey.format(now) !== dayKey.format(from + 36 * 36e5)) {
      target.textContent = answer[0];
      element.classList.toggle('is-open', answer[1]);
      element.classList.toggle('is-closed', !answer[1]);
    }
  }

  var places = document.querySelectorAll('[data-open]');
  function updateAll() {
    places.forEach(function (element) {
      openNow(element, Date.now());
    });
  }
  if (places.length) {
    updateAll();
    setInterval(updateAll, 60000);
  }
}());
