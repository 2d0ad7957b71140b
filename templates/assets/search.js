/* kvarter: search as you type in the index made at build time. Without it, the search page
   lists every page to search among. */
(function () {
  'use strict';
  var script = document.currentScript;
  var text = script.dataset;
  var lang = document.documentElement.lang;
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }
  var form = document.querySelector('.search-page form[data-index]');
  if (form && window.fetch) {
    var input = form.querySelector('input[type="search"]');
    var results = document.querySelector('.search-results');
    var said = document.querySelector('.search-status');
    var entries = null;
    var fold = function (value) {
      return (value || '').toLocaleLowerCase(lang).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    };
    var search = function () {
      var query = input.value.trim();
      var words = fold(query).split(/\s+/).filter(Boolean);
      results.textContent = '';
      results.hidden = words.length === 0;
      said.textContent = '';
      if (!words.length || !entries) {
        return;
      }
      var found = entries.map(function (entry, order) {
        var title = fold(entry.title);
        var all = title + ' ' + fold(entry.text) + ' ' + fold(entry.terms) + ' ' + fold(entry.kind);
        var score = 0;
        for (var i = 0; i < words.length; i++) {
          if (all.indexOf(words[i]) < 0) {
            return null;
          }
          score += title.indexOf(words[i]) === 0 ? 3 : title.indexOf(words[i]) > 0 ? 2 : 1;
        }
        return { entry: entry, score: score, order: order };
      }).filter(Boolean).sort(function (a, b) {
        return b.score - a.score || a.order - b.order;
      }).slice(0, 30);
      found.forEach(function (hit) {
        var item = document.createElement('li');
        if (hit.entry.lang) {
          item.lang = hit.entry.lang;
        }
        var link = document.createElement('a');
        link.href = hit.entry.url;
        link.textContent = hit.entry.title;
        var kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = ' · ' + hit.entry.kind;
        item.append(link, kind);
        if (hit.entry.text) {
          var more = document.createElement('p');
          more.textContent = hit.entry.text;
          item.append(more);
        }
        results.append(item);
      });
      said.textContent = fill(found.length ? text.results : text.noResults, { count: found.length, query: query });
    };
    var note = document.querySelector('.no-script-note');
    if (note) {
      note.hidden = true;
    }
    input.value = new URLSearchParams(location.search).get('q') || '';
    fetch(form.dataset.index).then(function (response) {
      return response.json();
    }).then(function (index) {
      entries = index.entries;
      search();
    });
    input.addEventListener('input', function () {
      var url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      search();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      search();
    });
  }
}());
