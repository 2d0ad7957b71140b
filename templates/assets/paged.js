/* kvarter lists cut into pages (the places list, large areas): "near me" and "choose a time" work
   over every place of the list. The first press or choice loads whole.js, which shows them in place
   of the page's; then near-sort.js or filter.js (with time.js) do as on a list that holds them all. */
(function () {
  'use strict';
  var base = document.currentScript.src.replace('paged.js', '');
  var loading = {};
  function load(name, then) {
    if (!loading[name]) {
      loading[name] = true;
      document.head.append(Object.assign(document.createElement('script'), { src: base + name, onload: then }));
    }
  }
  function all(then) {
    if (window.kvarterWhole) {
      window.kvarterWhole(then);
    } else {
      load('whole.js', function () {
        window.kvarterWhole(then);
      });
    }
  }
  // a time in the address, or a time link followed before filter.js came, is chosen once it has
  function choose(link) {
    all(function () {
      load('filter.js', function () {
        return link && link.click();
      });
    });
  }
  var times = document.querySelector('.time-filter');
  if (times) {
    times.hidden = false;
    if (/[?&](day|part)=/.test(location.search)) {
      choose();
    }
    times.addEventListener('click', function (event) {
      var link = event.target.closest('[data-filter] a');
      if (link && !window.kvarterFilter) {
        event.preventDefault();
        choose(link);
      }
    });
  }
  var near = document.querySelector('.near-me button');
  if (near) {
    near.addEventListener('click', function () {
      all(function () {
        return window.kvarterNear ? window.kvarterNear() : load('near-sort.js');
      });
    });
  }
}());
