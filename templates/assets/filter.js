/* kvarter: filters the places list in place. Without it, the filter links lead to static pages;
   with it, a form made from those links narrows the list by several conditions at once. */
(function () {
  'use strict';
  var text = document.currentScript.dataset;
  var cards = document.querySelectorAll('.place-group .card');
  var first = document.querySelector('nav[data-filter]');
  if (!first || !cards.length) {
    return;
  }
  function make(tag, properties) {
    return Object.assign(document.createElement(tag), properties || {});
  }
  function has(list, value) {
    return (' ' + list + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  var form = make('form', { className: 'place-filter', id: 'place-filter' });
  form.setAttribute('aria-labelledby', 'place-filter-title');
  var fields = make('div', { className: 'filter-fields' });
  var selects = [];
  document.querySelectorAll('nav[data-filter]').forEach(function (nav) {
    var name = nav.dataset.filter;
    if (name === 'access') {
      return;
    }
    var select = make('select', { id: 'filter-field-' + name, name: name });
    select.append(new Option(text.any, ''));
    nav.querySelectorAll('a[data-value]').forEach(function (link) {
      select.append(new Option(link.textContent, link.dataset.value));
    });
    var field = make('p', { className: 'field' });
    field.append(make('label', { htmlFor: select.id, textContent: nav.querySelector('h2').textContent }), select);
    fields.append(field);
    selects.push(select);
  });
  var checks = [['stepFree', text.stepFree], ['openToday', text.openToday]].map(function (check) {
    var box = make('input', { type: 'checkbox', id: 'filter-field-' + check[0], name: check[0] });
    var field = make('p', { className: 'field check' });
    field.append(box, make('label', { htmlFor: box.id, textContent: check[1] }));
    fields.append(field);
    return box;
  });
  var status = make('p', { className: 'filter-status' });
  status.setAttribute('role', 'status');
  var reset = make('p');
  reset.append(make('button', { type: 'reset', textContent: text.reset }));
  form.append(make('h2', { id: 'place-filter-title', textContent: text.title }), make('p', { textContent: text.intro }),
    fields, status, reset);
  first.before(form);

  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var data = card.dataset;
      var match = selects.every(function (select) {
        var value = select.value;
        return !value || (select.name === 'area' ? data.area === value : has(data[select.name + 's'], value));
      }) && (!checks[0].checked || data.stepFree === 'true') && (!checks[1].checked || data.openToday === 'true');
      card.hidden = !match;
      shown += match ? 1 : 0;
    });
    document.querySelectorAll('.place-group').forEach(function (group) {
      group.hidden = !group.querySelector('.card:not([hidden])');
    });
    status.textContent = text.showing.replace('{count}', shown).replace('{total}', cards.length);
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });
}());
