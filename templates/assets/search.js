/* kvarter: full-text search in the index that the build splits into small parts (SearchIndex.java
   says how and why). A query reads the manifest, then only the parts of the vocabulary, of the
   postings and of the pages' list that its words need. Without this script the search page says
   that search needs JavaScript and lists the ways to a page that work without it.
   The search itself (Searcher) needs no page: the tests run it under Node against a built site. */
(function () {
  'use strict';

  /* Weights of a hit by where the word stands: name or title, then services, areas, summary and
     facts, then body text. A whole word (or another form of it) counts a little more than the
     start of a longer word, but never more than a hit in a stronger place. */
  var FIELD_WEIGHTS = [30, 20, 10];
  var WHOLE_WORD = 2;
  var WORD_START = 1;
  /* The start of a word is looked for from three letters on, and for at most this many words. */
  var SHORTEST_START = 3;
  var MOST_STARTS = 60;
  /* A typed word may be a longer form of a word of the site ("wheelchairs", "arabiskan"): up to
     this many letters are taken off its end, keeping at least SHORTEST_BASE letters. */
  var LONGEST_ENDING = 4;
  var SHORTEST_BASE = 3;

  /* As SearchWords.java folds: lower case, combining marks (accents, Arabic vowel marks) dropped. */
  function fold(text, lang) {
    return (text || '').toLocaleLowerCase(lang || undefined).normalize('NFD').replace(/\p{M}+/gu, '');
  }

  function words(text, lang) {
    return fold(text, lang).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* The part whose first key is the last one not after key; -1 when key comes before them all. */
  function partOf(firsts, key) {
    var found = -1;
    for (var i = 0; i < firsts.length; i++) {
      if (firsts[i] !== null && firsts[i] <= key) {
        found = i;
      }
    }
    return found;
  }

  /* load(name) fetches a file of the index by its name beside the manifest and resolves to its JSON. */
  function Searcher(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.files = {};
  }

  Searcher.prototype.file = function (name) {
    if (!this.files[name]) {
      this.files[name] = this.load(name);
    }
    return this.files[name];
  };

  Searcher.prototype.parts = function (folder, numbers) {
    var self = this;
    var unique = numbers.filter(function (n, i) {
      return n >= 0 && numbers.indexOf(n) === i;
    });
    return Promise.all(unique.map(function (n) {
      return self.file(folder + n + '.json');
    }));
  };

  /* The vocabulary parts a word needs: its own, the next ones that begin with it, and those of its shorter forms. */
  Searcher.prototype.wordParts = function (word) {
    var firsts = this.manifest.words;
    var parts = [Math.max(0, partOf(firsts, word))];
    for (var next = parts[0] + 1; next < firsts.length && firsts[next] !== null && firsts[next].indexOf(word) === 0; next++) {
      parts.push(next);
    }
    for (var cut = word.length - 1; cut >= Math.max(SHORTEST_BASE, word.length - LONGEST_ENDING); cut--) {
      parts.push(Math.max(0, partOf(firsts, word.slice(0, cut))));
    }
    return parts;
  };

  /* The stems a typed word stands for, each with WHOLE_WORD or WORD_START; null for a stop word. */
  function stemsOf(word, vocabulary) {
    var stems = {};
    var own = vocabulary[word];
    if (own === '') {
      return null;
    }
    if (own !== undefined) {
      stems[own] = WHOLE_WORD;
    } else {
      for (var cut = word.length - 1; cut >= Math.max(SHORTEST_BASE, word.length - LONGEST_ENDING); cut--) {
        var shorter = vocabulary[word.slice(0, cut)];
        if (shorter) {
          stems[shorter] = WHOLE_WORD;
          break;
        }
      }
    }
    if (word.length >= SHORTEST_START) {
      var starts = Object.keys(vocabulary).filter(function (key) {
        return key !== word && key.indexOf(word) === 0 && vocabulary[key] !== '';
      }).sort().slice(0, MOST_STARTS);
      starts.forEach(function (key) {
        stems[vocabulary[key]] = stems[vocabulary[key]] || WORD_START;
      });
    }
    return stems;
  }

  /* The pages of a stem's postings, each with its weight for this word. */
  function addPostings(lists, strength, into) {
    lists.forEach(function (list, field) {
      var page = 0;
      list.forEach(function (gap) {
        page += gap;
        into[page] = Math.max(into[page] || 0, FIELD_WEIGHTS[field] + strength);
      });
    });
  }

  /* Resolves to {total, pages}: the numbers of every page that has all the words, best first. */
  Searcher.prototype.search = function (query) {
    var self = this;
    var lang = this.manifest.language;
    var typed = words(query, lang).filter(function (word, i, all) {
      return all.indexOf(word) === i;
    });
    if (!typed.length) {
      return Promise.resolve({ total: 0, pages: [] });
    }
    var needed = [];
    typed.forEach(function (word) {
      needed = needed.concat(self.wordParts(word));
    });
    return this.parts('ord/', needed).then(function (parts) {
      var vocabulary = Object.assign.apply(null, [{}].concat(parts));
      var wanted = [];
      for (var i = 0; i < typed.length; i++) {
        var stems = stemsOf(typed[i], vocabulary);
        if (stems === null) {
          continue;
        }
        if (!Object.keys(stems).length) {
          return [];
        }
        wanted.push(stems);
      }
      var stemParts = [];
      wanted.forEach(function (stems) {
        Object.keys(stems).forEach(function (stem) {
          stemParts.push(partOf(self.manifest.stems, stem));
        });
      });
      return self.parts('traffar/', stemParts).then(function (parts) {
        var postings = Object.assign.apply(null, [{}].concat(parts));
        return wanted.map(function (stems) {
          var pages = {};
          Object.keys(stems).forEach(function (stem) {
            if (postings[stem]) {
              addPostings(postings[stem], stems[stem], pages);
            }
          });
          return pages;
        });
      });
    }).then(function (perWord) {
      if (!perWord.length) {
        return { total: 0, pages: [] };
      }
      var scores = [];
      Object.keys(perWord[0]).forEach(function (key) {
        var score = 0;
        for (var i = 0; i < perWord.length; i++) {
          if (!perWord[i][key]) {
            return;
          }
          score += perWord[i][key];
        }
        scores.push({ page: Number(key), score: score });
      });
      scores.sort(function (a, b) {
        return b.score - a.score || a.page - b.page;
      });
      return { total: scores.length, pages: scores.map(function (hit) { return hit.page; }) };
    });
  };

  /* Resolves to the pages of these numbers, in their order: {title, url, kind, text, lang}. */
  Searcher.prototype.describe = function (numbers) {
    var self = this;
    var per = this.manifest.pagesPerPart;
    var parts = numbers.map(function (n) { return Math.floor(n / per); });
    return this.parts('sidor/', parts).then(function () {
      return Promise.all(numbers.map(function (n) {
        return self.file('sidor/' + Math.floor(n / per) + '.json').then(function (part) {
          var item = part[n % per];
          return { title: item[0], url: item[1], kind: self.manifest.kinds[item[2]], text: item[3], lang: item[4] };
        });
      }));
    });
  };

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }

  /* What the status line says of count results: "1 träff", "2 träffar". texts are the search
     script's data attributes (resultsOne, resultsOther ..., noResults); the plural category of
     the count in the page's language (Intl.PluralRules: one, other; Arabic also zero, two, few,
     many) picks the text. */
  function status(texts, lang, count, query) {
    if (!count) {
      return fill(texts.noResults, { query: query });
    }
    var category = typeof Intl === 'object' && Intl.PluralRules ? new Intl.PluralRules(lang).select(count) : 'other';
    var key = 'results' + category.charAt(0).toUpperCase() + category.slice(1);
    return fill(texts[key] || texts.resultsOther, { count: String(count), query: query });
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { Searcher: Searcher, fold: fold, words: words, status: status };
    return;
  }

  var SHOWN = 10;
  var script = document.currentScript;
  var text = script.dataset;
  var lang = document.documentElement.lang;
  var form = document.querySelector('.search-page form[data-index]');
  if (!form || !window.fetch || !window.Promise) {
    return;
  }
  var input = form.querySelector('input[type="search"]');
  var results = document.querySelector('.search-results');
  var said = document.querySelector('.search-status');
  var note = document.querySelector('.no-script-note');
  var base = new URL(form.dataset.index, location.href);
  var searcher = null;
  var asked = 0;
  var more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.textContent = text.more;
  more.hidden = true;
  results.after(more);
  var found = { total: 0, pages: [] };
  var shown = 0;

  function load(name) {
    return fetch(new URL(name, base)).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status + ' ' + name);
      }
      return response.json();
    });
  }
  /* The index did not load: say so, and show again the ways that work without the search. */
  function failed() {
    said.textContent = text.failed;
    if (note) {
      note.hidden = false;
    }
  }
  function show(count, turn) {
    var next = found.pages.slice(shown, shown + count);
    return searcher.describe(next).then(function (pages) {
      if (turn !== asked) {
        return;
      }
      pages.forEach(function (page) {
        var item = document.createElement('li');
        if (page.lang) {
          item.lang = page.lang;
        }
        var link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.title;
        var kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = ' · ' + page.kind;
        item.append(link, kind);
        if (page.text) {
          var more = document.createElement('p');
          more.textContent = page.text;
          item.append(more);
        }
        results.append(item);
      });
      shown += pages.length;
      more.hidden = shown >= found.total;
    });
  }
  function search() {
    var query = input.value.trim();
    var turn = ++asked;
    if (!searcher) {
      return;
    }
    searcher.search(query).then(function (hits) {
      if (turn !== asked) {
        return;
      }
      found = hits;
      shown = 0;
      results.textContent = '';
      results.hidden = !query;
      more.hidden = true;
      said.textContent = query ? status(text, lang, hits.total, query) : '';
      return show(SHOWN, turn);
    }).catch(failed);
  }
  if (note) {
    note.hidden = true;
  }
  input.value = new URLSearchParams(location.search).get('q') || '';
  load(base.pathname.split('/').pop()).then(function (manifest) {
    searcher = new Searcher(manifest, load);
    search();
  }).catch(failed);
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
  more.addEventListener('click', function () {
    show(SHOWN, asked).catch(failed);
  });
}());
