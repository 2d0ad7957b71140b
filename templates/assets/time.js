/* kvarter "choose a time", loaded by filter.js when a day or a part of the day is first chosen:
   whether a card's place is open then, read from the hours data the card carries for "open now"
   (data-open on today's line, minutes from data-from) and the day starts the build computed in the
   site's time zone (data-days: the first day's ISO weekday, then the minute each day starts, and
   the end of the last). Without a day, a part of the day is today; hours nobody knows do not count. */
(function () {
  'use strict';
  var box = document.querySelector('.time-filter');
  var from = Number(box.dataset.from);
  var starts = box.dataset.days.split(' ').map(Number);
  var first = starts.shift() - 1;
  var weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

  /* [start, end) of the chosen day and part, in the data's minutes: the next such day from today */
  function span(choice) {
    var now = Date.now() / 6e4 - from;
    var today = 1; // the build's day, when the browser's clock is outside the data
    for (var i = 0; i + 1 < starts.length; i++) {
      if (now >= starts[i] && now < starts[i + 1]) {
        today = i;
      }
    }
    var wanted = choice.day ? weekdays.indexOf(choice.day) : (first + today) % 7;
    for (var day = today; day + 1 < starts.length; day++) {
      if ((first + day) % 7 === wanted) {
        var start = starts[day];
        var end = starts[day + 1];
        var part = choice.part && box.querySelector('[data-filter=part] a[data-value="' + choice.part + '"]');
        if (!part) {
          return [start, end];
        }
        // the clocks change at night: a day of 23 or 25 hours moves its parts by the hour it lost or gained
        var shift = end - start - 1440;
        var hours = part.dataset.hours.split('-');
        return [start + hours[0] * 60 + shift, start + hours[1] * 60 + shift];
      }
    }
    return [0, 0];
  }

  window.kvarterTime = function (choice) {
    var when = span(choice);
    return function (card) {
      var hours = card.querySelector('[data-open]');
      return (hours ? hours.dataset.open : '').split(' ').some(function (token) {
        var parts = token.split(/[-:]/);
        // open for everyone, or for the audience chosen
        return token && token[0] !== '?' && (!parts[2] || parts[2] === choice.audience)
          && Number(parts[0]) < when[1] && Number(parts[1]) > when[0];
      });
    };
  };
}());
