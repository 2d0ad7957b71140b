/* kvarter: every place of a list cut into pages, loaded by paged.js when "near me" is pressed or a time
   is chosen there. Fetches the list's file (alla-platser.json, made by the build from the same
   availability as the cards) and shows its places, as cards, in place of the page's: near-sort.js
   and filter.js (with time.js) then sort and filter them as on a list that holds every place. A
   link leads back to the list page by page. */
(function () {
  'use strict';
  var text = document.querySelector('script[data-whole]').dataset;
  var waiting = [];
  var done = false;

  function say(words) {
    var status = document.querySelector('.near-status') || document.getElementById('place-count');
    if (status) {
      status.textContent = words;
    }
  }

  function element(name, className, words) {
    var made = document.createElement(name);
    if (className) {
      made.className = className;
    }
    if (words) {
      made.textContent = words;
    }
    return made;
  }

  /* a card as the build makes one: the name as a link, type and area, today's hours with their data */
  function card(place) {
    var item = element('li', 'card');
    if (place.lat !== undefined) {
      item.dataset.lat = place.lat;
      item.dataset.lon = place.lon;
    }
    var title = element('h3', 'card-title');
    var link = element('a', null, place.name);
    link.href = place.url;
    if (place.lang) {
      link.lang = place.lang;
    }
    title.append(link);
    item.append(title, element('p', 'card-meta', place.type + (place.area ? ' · ' + place.area : '')));
    if (place.today) {
      var today = element('p', 'today', place.today);
      if (place.open) {
        today.dataset.open = place.open;
      }
      item.append(today);
    }
    return item;
  }

  /* the page's own list and its page links step aside for the whole list, which says where it ends */
  function show(places) {
    var own = document.querySelector('.place-list') || document.querySelector('main .cards');
    var section = element('section', 'place-group');
    section.setAttribute('aria-labelledby', 'hela-listan');
    var heading = element('h2', 'whole-heading', text.heading);
    heading.id = 'hela-listan';
    var back = element('a', null, text.back);
    back.href = location.pathname;
    var list = element('ul', 'cards');
    places.forEach(function (place) {
      list.append(card(place));
    });
    var backLine = element('p');
    backLine.append(back);
    section.append(heading, backLine, list);
    var container = element('div', 'place-list');
    container.dataset.complete = '';
    container.dataset.whole = '';
    container.append(section);
    own.before(container);
    own.hidden = true;
    own.classList.remove('place-list');
    document.querySelectorAll('.pagination').forEach(function (nav) {
      nav.hidden = true;
    });
  }

  window.kvarterWhole = function (then) {
    if (done) {
      then();
      return;
    }
    waiting.push(then);
    if (waiting.length > 1) {
      return;
    }
    fetch(text.whole).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    }).then(function (data) {
      show(data.places);
      done = true;
      waiting.splice(0).forEach(function (next) {
        next();
      });
    }).catch(function () {
      waiting = [];
      say(text.failed);
    });
  };
}());
