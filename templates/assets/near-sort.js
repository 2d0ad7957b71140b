/* kvarter "near me", loaded by list.js when the button is first pressed: sorts the list's place cards
   by distance from the visitor and shows each distance. The positions are those on the cards
   (data-lat, data-lon); the visitor's stays in the browser: nothing is sent anywhere. Refused or
   unknown, the list stays as it is and the status says so in words. */
(function () {
  'use strict';
  var text = document.querySelector('.near-me').dataset;
  var status = document.querySelector('.near-me .near-status');
  var kilometres = function (km) {
    return km.toFixed(1) + ' km';
  };
  if (window.Intl && Intl.NumberFormat) {
    try {
      // "1,2 km" in Swedish, "1.2 km" in English; digits 0-9, as the pages have
      var near = new Intl.NumberFormat(text.lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1,
        minimumFractionDigits: 1, numberingSystem: 'latn' });
      var far = new Intl.NumberFormat(text.lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0,
        numberingSystem: 'latn' });
      kilometres = function (km) {
        return (km < 10 ? near : far).format(km);
      };
    } catch (e) {
      // an old browser without unit formatting keeps the plain form
    }
  }

  /* the great-circle distance in kilometres (haversine), ample for sorting places in a city */
  function distance(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180;
    var a = Math.pow(Math.sin((lat2 - lat1) * rad / 2), 2)
      + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin((lon2 - lon1) * rad / 2), 2);
    return 12742 * Math.asin(Math.sqrt(a));
  }

  /* the cards in one list: on a list grouped by area, a new group "Nearest you" before the others,
     so that headings stay in order; the emptied groups are hidden */
  function target(cards) {
    var lists = [];
    cards.forEach(function (card) {
      if (lists.indexOf(card.parentNode) < 0) {
        lists.push(card.parentNode);
      }
    });
    if (lists.length === 1) {
      return lists[0];
    }
    var container = document.querySelector('.place-list');
    var group = document.createElement('section');
    group.className = 'place-group near-group';
    group.setAttribute('aria-labelledby', 'narmast');
    var heading = document.createElement('h2');
    heading.id = 'narmast';
    heading.textContent = text.heading;
    var list = document.createElement('ul');
    list.className = 'cards';
    group.append(heading, list);
    container.prepend(group);
    lists.forEach(function (old) {
      var section = old.closest('.place-group');
      (section || old).hidden = true;
    });
    return list;
  }

  function sort(position) {
    var lat = position.coords.latitude;
    var lon = position.coords.longitude;
    // on a list cut into pages, the list's every place that whole.js put in place of the page's
    var whole = document.querySelector('.place-list[data-whole]');
    var cards = Array.prototype.slice.call((whole || document.querySelector('main')).querySelectorAll('.card'));
    var measured = cards.map(function (card, index) {
      var known = card.dataset.lat !== undefined && card.dataset.lon !== undefined;
      return { card: card, index: index,
        km: known ? distance(lat, lon, Number(card.dataset.lat), Number(card.dataset.lon)) : Infinity };
    });
    // places without a position last, in the order they had
    measured.sort(function (a, b) {
      return a.km - b.km || a.index - b.index;
    });
    var list = document.querySelector('.near-group .cards') || target(cards);
    measured.forEach(function (entry) {
      var line = entry.card.querySelector('.distance');
      if (entry.km !== Infinity) {
        if (!line) {
          line = document.createElement('p');
          line.className = 'distance';
          entry.card.querySelector('.card-title').after(line);
        }
        line.textContent = text.distance.replace('{distance}', kilometres(entry.km));
      }
      list.append(entry.card);
    });
    if (whole) {
      whole.querySelector('.whole-heading').textContent = text.heading;
    }
    status.textContent = text.sorted;
  }

  function refused() {
    status.textContent = text.refused;
  }

  window.kvarterNear = function () {
    status.textContent = '';
    if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition(sort, refused, { maximumAge: 300000, timeout: 30000 });
    } else {
      refused();
    }
  };
  window.kvarterNear();
}());
