/* kvarter: full-text search in the index the build splits into parts (SearchIndex.java says how
   and why): a query fetches the manifest, then only the parts its words need. Searcher needs no
   page; the tests run it under Node against a built site. */
(function () {
  'use strict';
  /* weight of a hit in a title, in facts (services, area, summary), in body text; a whole word
     counts a little more than the start of a longer one, never more than a stronger field */
  var FIELDS = [30, 20, 10], WHOLE = 2, START = 1;
  /* starts of words from 3 letters, at most 60 words; a longer form ("wheelchairs") loses up to 4 letters */
  var MIN_START = 3, MAX_STARTS = 60, MAX_ENDING = 4, MIN_BASE = 3;

  /* as SearchWords.java folds: lower case, no combining marks (accents, Arabic vowel marks) */
  function fold(text, lang) {
    return (text || '').toLocaleLowerCase(lang || undefined).normalize('NFD').replace(/\p{M}+/gu, '');
  }
  function words(text, lang) {
    return fold(text, lang).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  /* the part whose first key is the last not after key */
  function partOf(firsts, key) {
    var found = 0;
    firsts.forEach(function (first, i) {
      if (first !== null && first <= key) {
        found = i;
      }
    });
    return found;
  }
  function merge(parts) {
    return Object.assign.apply(null, [{}].concat(parts));
  }
  function shorter(word) {
    var forms = [];
    for (var cut = word.length - 1; cut >= Math.max(MIN_BASE, word.length - MAX_ENDING); cut--) {
      forms.push(word.slice(0, cut));
    }
    return forms;
  }

  /* load(name) resolves to the JSON of a file beside the manifest */
  function Searcher(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.files = {};
  }
  Searcher.prototype.parts = function (folder, numbers) {
    var files = this.files, load = this.load;
    return Promise.all(numbers.filter(function (n, i) {
      return numbers.indexOf(n) === i;
    }).map(function (n) {
      var name = folder + n + '.json';
      return files[name] || (files[name] = load(name));
    }));
  };

  /* the stems a typed word stands for, each WHOLE or START; null for a stop word */
  function stemsOf(word, vocabulary) {
    var stems = {};
    var own = vocabulary[word];
    if (own === '') {
      return null;
    }
    var base = own !== undefined ? own : shorter(word).map(function (form) {
      return vocabulary[form];
    }).filter(Boolean)[0];
    if (base) {
      stems[base] = WHOLE;
    }
    if (word.length >= MIN_START) {
      Object.keys(vocabulary).filter(function (key) {
        return key !== word && key.indexOf(word) === 0 && vocabulary[key];
      }).sort().slice(0, MAX_STARTS).forEach(function (key) {
        stems[vocabulary[key]] = stems[vocabulary[key]] || START;
      });
    }
    return stems;
  }

  /* resolves to {total, pages}: the numbers of the pages that have every word, best first */
  Searcher.prototype.search = function (query) {
    var self = this, manifest = this.manifest;
    var typed = words(query, manifest.language).filter(function (word, i, all) {
      return all.indexOf(word) === i;
    });
    var needed = [];
    typed.forEach(function (word) {
      var firsts = manifest.words, part = partOf(firsts, word);
      needed.push(part);
      while (++part < firsts.length && firsts[part] !== null && firsts[part].indexOf(word) === 0) {
        needed.push(part);
      }
      shorter(word).forEach(function (form) {
        needed.push(partOf(firsts, form));
      });
    });
    var wanted = [];
    return this.parts('ord/', needed).then(function (parts) {
      var vocabulary = merge(parts);
      var missing = typed.some(function (word) {
        var stems = stemsOf(word, vocabulary);
        if (stems) {
          wanted.push(stems);
        }
        return stems && !Object.keys(stems).length;
      });
      if (missing || !wanted.length) {
        wanted = [];
        return {};
      }
      return self.parts('traffar/', [].concat.apply([], wanted.map(function (stems) {
        return Object.keys(stems).map(function (stem) {
          return partOf(manifest.stems, stem);
        });
      }))).then(merge);
    }).then(function (postings) {
      var scores = wanted.map(function (stems) {
        var pages = {};
        Object.keys(stems).forEach(function (stem) {
          (postings[stem] || []).forEach(function (gaps, field) {
            var page = 0;
            gaps.forEach(function (gap) {
              page += gap;
              pages[page] = Math.max(pages[page] || 0, FIELDS[field] + stems[stem]);
            });
          });
        });
        return pages;
      });
      var hits = Object.keys(scores[0] || {}).map(Number).filter(function (page) {
        return scores.every(function (pages) {
          return pages[page];
        });
      }).map(function (page) {
        return { page: page, score: scores.reduce(function (sum, pages) { return sum + pages[page]; }, 0) };
      }).sort(function (a, b) {
        return b.score - a.score || a.page - b.page;
      });
      return { total: hits.length, pages: hits.map(function (hit) { return hit.page; }) };
    });
  };

  /* resolves to the pages of these numbers: {title, url, kind, text, lang} */
  Searcher.prototype.describe = function (numbers) {
    var manifest = this.manifest, per = manifest.pagesPerPart;
    var parts = numbers.map(function (n) { return Math.floor(n / per); });
    return this.parts('sidor/', parts).then(function (loaded) {
      var byPart = {};
      parts.filter(function (n, i) { return parts.indexOf(n) === i; }).forEach(function (n, i) {
        byPart[n] = loaded[i];
      });
      return numbers.map(function (n) {
        var item = byPart[Math.floor(n / per)][n % per];
        return { title: item[0], url: item[1], kind: manifest.kinds[item[2]], text: item[3], lang: item[4] };
      });
    });
  };

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? values[name] : all;
    });
  }
  /* the status line: the plural category of the count (Intl.PluralRules) picks the text among
     the script's data attributes (resultsOne, resultsOther; Arabic also zero, two, few, many) */
  function status(texts, lang, count, query) {
    if (!count) {
      return fill(texts.noResults, { query: query });
    }
    var category = typeof Intl === 'object' && Intl.PluralRules ? new Intl.PluralRules(lang).select(count) : 'other';
    var text = texts['results' + category.charAt(0).toUpperCase() + category.slice(1)] || texts.resultsOther;
    return fill(text, { count: String(count), query: query });
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { Searcher: Searcher, fold: fold, words: words, status: status };
    return;
  }

  var texts = document.currentScript.dataset;
  var lang = document.documentElement.lang;
  var form = document.querySelector('.search-page form[data-index]');
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector('input[type="search"]');
  var results = document.querySelector('.search-results');
  var said = document.querySelector('.search-status');
  var note = document.querySelector('.no-script-note');
  var base = new URL(form.dataset.index, location.href);
  var more = document.createElement('button');
  var searcher, found, shown, asked = 0;
  more.type = 'button';
  more.textContent = texts.more;
  more.hidden = true;
  results.after(more);

  function load(name) {
    return fetch(new URL(name, base)).then(function (response) {
      if (!response.ok) {
        throw new Error(name);
      }
      return response.json();
    });
  }
  /* the index did not load: say so, and show again the ways that work without it */
  function failed() {
    said.textContent = texts.failed;
    note.hidden = false;
  }
  function show(turn) {
    return searcher.describe(found.pages.slice(shown, shown + 10)).then(function (pages) {
      if (turn !== asked) {
        return;
      }
      pages.forEach(function (page) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        var kind = document.createElement('span');
        if (page.lang) {
          item.lang = page.lang;
        }
        link.href = page.url;
        link.textContent = page.title;
        kind.className = 'search-kind';
        kind.textContent = ' · ' + page.kind;
        item.append(link, kind);
        if (page.text) {
          var text = document.createElement('p');
          text.textContent = page.text;
          item.append(text);
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
    if (searcher) {
      searcher.search(query).then(function (hits) {
        if (turn === asked) {
          found = hits;
          shown = 0;
          results.textContent = '';
          results.hidden = !query;
          said.textContent = query ? status(texts, lang, hits.total, query) : '';
          return show(turn);
        }
      }).catch(failed);
    }
  }
  note.hidden = true;
  input.value = new URLSearchParams(location.search).get('q') || '';
  load('index.json').then(function (manifest) {
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
    show(asked).catch(failed);
  });
}());
