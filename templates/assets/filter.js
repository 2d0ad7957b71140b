/* kvarter: filters the places list in place (list.js loads it on first use; without it each filter
   link leads to a static page). On a list that holds every place the links choose conditions, one
   per group, kept in the address (?area=x&day=sat) for sharing and the back button; a day or part
   of the day is matched by time.js. Nothing is added above the list, so the page does not move. */
(function () {
  'use strict';
  var text = document.querySelector('.place-filter').dataset;
  var timeScript = document.currentScript.src.replace('filter.js', 'time.js');
  window.kvarterFilter = true;
  var list = document.querySelector('.place-list[data-complete]');
  var status = document.getElementById('place-count');
  if (!list || !status) {
    return;
  }
  var cards = list.querySelectorAll('.card');
  var all = status.textContent;
  // each access choice is a condition of its own (?stepFree=true); other groups name theirs (?area=x)
  // on a list cut into pages (whole.js put its every place here) only the time is chosen in place
  var scope = list.hasAttribute('data-whole') ? '.place-filter .time-filter' : '.place-filter';
  var links = Array.prototype.map.call(document.querySelectorAll(scope + ' [data-filter] a'), function (a) {
    var group = a.parentNode.parentNode.dataset.filter;
    var access = group === 'access';
    return { a: a, name: access ? a.dataset.value : group, value: access ? 'true' : a.dataset.value };
  });

  function has(words, value) {
    return (' ' + (words || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }
  function chosen() {
    var params = new URLSearchParams(location.search);
    var choice = {};
    links.forEach(function (link) {
      if (params.get(link.name) === link.value) {
        choice[link.name] = link.value;
      }
    });
    return choice;
  }
  function apply(choice) {
    var names = Object.keys(choice);
    var shown = 0;
    var timed = choice.day || choice.part;
    if (timed && !window.kvarterTime) {
      document.head.append(Object.assign(document.createElement('script'), { src: timeScript, onload: function () {
        apply(chosen());
      } }));
      return;
    }
    var open = timed ? window.kvarterTime(choice) : null;
    cards.forEach(function (card) {
      // data-area, data-step-free, data-open-today; data-services for "service" and so on
      var match = names.every(function (name) {
        return name === 'day' || name === 'part' || has(card.dataset[name] || card.dataset[name + 's'], choice[name]);
      }) && (!open || open(card));
      card.hidden = !match;
      shown += match ? 1 : 0;
    });
    list.querySelectorAll('.place-group').forEach(function (group) {
      group.hidden = !group.querySelector('.card:not([hidden])');
    });
    links.forEach(function (link) {
      if (choice[link.name] === link.value) {
        link.a.setAttribute('aria-current', 'true');
      } else {
        link.a.removeAttribute('aria-current');
      }
    });
    status.textContent = names.length ? text.showing.replace('{count}', shown).replace('{total}', cards.length) + ' ' : all;
    if (names.length) {
      status.append(Object.assign(document.createElement('a'), { href: location.pathname, textContent: text.reset }));
    }
  }
  function go(params) {
    var query = params.toString();
    history.pushState(null, '', query ? '?' + query : location.pathname);
    apply(chosen());
  }
  links.forEach(function (link) {
    link.a.addEventListener('click', function (event) {
      event.preventDefault();
      var params = new URLSearchParams(location.search);
      if (params.get(link.name) === link.value) {
        params.delete(link.name);
      } else {
        params.set(link.name, link.value);
      }
      go(params);
    });
  });
  status.addEventListener('click', function (event) {
    if (event.target.tagName === 'A') {
      event.preventDefault();
      go(new URLSearchParams());
    }
  });
  window.addEventListener('popstate', function () {
    apply(chosen());
  });
  if (location.search) {
    apply(chosen());
  }
}());
