// Reads {"nominatim": {...}, "cases": [{"value": "...", "from": "YYYY-MM-DD", "days": N}]} on stdin and
// prints, for each case, what the reference evaluator (the npm package opening_hours) reads in the
// value from local midnight of "from" for "days" days: {"error": ..., "warnings": [...],
// "intervals": [[fromEpochMs, toEpochMs, unknown, comment], ...]}, as a JSON array in the order of the
// cases. Local time is the process's time zone: run it with TZ set (TZ=Europe/Stockholm).
'use strict';
const OpeningHours = require('opening_hours');

function localMidnight(date, plusDays) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day + plusDays);
}

function evaluate(nominatim, item) {
  let hours;
  try {
    hours = new OpeningHours(item.value, nominatim, { tag_key: 'opening_hours', locale: 'en' });
  } catch (error) {
    return { error: String(error), warnings: [], intervals: [] };
  }
  const intervals = hours.getOpenIntervals(localMidnight(item.from, 0), localMidnight(item.from, item.days))
    .map(([from, to, unknown, comment]) => [from.getTime(), to.getTime(), Boolean(unknown), comment === undefined ? null : comment]);
  return { error: null, warnings: hours.getWarnings(), intervals };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const results = request.cases.map((item) => evaluate(request.nominatim, item));
  process.stdout.write(JSON.stringify(results));
});
