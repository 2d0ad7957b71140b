/* kvarter lists of places: filter.js is loaded when the filters are first used (or are in the
   address), near-sort.js when "near me" is pressed, to keep the page light until then. */
(function () {
  'use strict';
  var base = document.currentScript.src.replace('list.js', '');
  var loading = {};
  function load(name, then) {
    if (!loading[name]) {
      loading[name] = true;
      document.head.append(Object.assign(document.createElement('script'), { src: base + name, onload: then }));
    }
  }
  var filters = document.querySelector('.place-filter');
  var list = document.querySelector('.place-list[data-complete]');
  if (filters && list) {
    // shown only with a script, which they need
    var times = filters.querySelector('.time-filter');
    if (times) {
      times.hidden = false;
    }
    if (location.search) {
      load('filter.js');
    }
    filters.addEventListener('toggle', function () {
      load('filter.js');
    });
    filters.addEventListener('click', function (event) {
      // a link followed before filter.js came is followed again once it has
      var link = event.target.closest('[data-filter] a');
      if (link && !window.kvarterFilter) {
        event.preventDefault();
        load('filter.js', function () {
          link.click();
        });
      }
    });
  }
  var near = document.querySelector('.near-me button');
  if (near) {
    near.addEventListener('click', function () {
      if (window.kvarterNear) {
        window.kvarterNear();
      } else {
        load('near-sort.js');
      }
    });
  }
}());
