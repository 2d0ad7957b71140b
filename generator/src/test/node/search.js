// Reads {"script": "<path of templates/assets/search.js>", "cases": [{"index": "<folder of an
// edition's search index, such as site/en/sok>", "query": "..."}]} on stdin and runs each query
// with the site's own search code against the built index files, read from disk as the browser
// would fetch them. Prints {"hits": [for each case in order, {"total": N, "urls": [the first ten
// hits]}], "statuses": [...]}: for each of "statuses" ({"texts": {the script's data attributes},
// "lang": "sv", "count": N, "query": "..."}) what the script's status line says.
// Needs no npm package: only Node.
'use strict';
const fs = require('fs');
const path = require('path');

function searcher(folder, Searcher) {
  const load = (name) => fs.promises.readFile(path.join(folder, name), 'utf8').then(JSON.parse);
  return load('index.json').then((manifest) => new Searcher(manifest, load));
}

async function run(request) {
  const { Searcher, status } = require(path.resolve(request.script));
  const searchers = {};
  const answers = [];
  for (const item of request.cases || []) {
    if (!searchers[item.index]) {
      searchers[item.index] = await searcher(item.index, Searcher);
    }
    const found = await searchers[item.index].search(item.query);
    const pages = await searchers[item.index].describe(found.pages.slice(0, 10));
    answers.push({ total: found.total, urls: pages.map((page) => page.url) });
  }
  const statuses = (request.statuses || []).map((item) => status(item.texts, item.lang, item.count, item.query));
  return { hits: answers, statuses };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  run(JSON.parse(input)).then((answers) => {
    process.stdout.write(JSON.stringify(answers));
  }, (error) => {
    process.stderr.write(String(error && error.stack || error) + '\n');
    process.exit(1);
  });
});
