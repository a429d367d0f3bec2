// The assignment meeting (交办会): the year's new items, each with the suggested host and co-units and why; the office
// accepts a suggestion, changes it or leaves the item, and assigns the whole batch with one confirmation.
import { get, post } from '../api.js';
import { t, localize } from '../i18n.js';
import { h, replace, notice, countyYear } from '../dom.js';

export async function assignPage(context) {
  const year = Number(new URLSearchParams(location.hash.split('?')[1] || '').get('year')) || countyYear(context);
  const batch = await get(`/assignments?year=${year}`);
  const result = h('div', { id: 'assign-result', role: 'status' });
  const yearInput = h('input', { type: 'number', id: 'assign-year', value: String(year), min: '2000', max: '2100' });
  const chooseYear = h('form', { class: 'inline', onsubmit: (event) => {
    event.preventDefault();
    context.go(`#/assign?year=${yearInput.value}`);
  } }, h('label', { for: 'assign-year' }, t('form.year')), yearInput, h('button', { type: 'submit' }, t('assign.show')));
  if (!batch.suggestions.length) {
    return h('div', {}, h('h1', {}, t('assign.title')), h('div', { class: 'card' }, chooseYear),
      h('p', { class: 'muted', id: 'assign-empty' }, t('assign.none', year)));
  }
  const replyBy = h('input', { type: 'date', id: 'assign-reply-by', value: batch.replyBy || '' });
  const reason = h('input', { type: 'text', id: 'assign-reason', value: t('assign.defaultReason', year), maxlength: '500' });
  const rows = batch.suggestions.map((s) => row(context, s));
  const count = h('span', { id: 'assign-count' });
  const confirm = h('button', { type: 'button', id: 'assign-confirm' });
  const recount = () => {
    const chosen = rows.filter((r) => r.chosen()).length;
    count.textContent = t('assign.count', batch.suggestions.length, chosen);
    confirm.textContent = t('assign.confirm', chosen);
    confirm.disabled = chosen === 0;
  };
  rows.forEach((r) => r.onChange(recount));
  recount();
  confirm.addEventListener('click', async () => {
    const chosen = rows.filter((r) => r.chosen());
    confirm.disabled = true;
    try {
      const assigned = await post('/assignments', {
        replyBy: replyBy.value || null, reason: reason.value || null, items: chosen.map((r) => r.assignment()),
      });
      replace(result, notice(t('assign.done', assigned.length), false),
        h('ul', { id: 'assign-done' }, assigned.map((item) => h('li', {}, h('a', { href: `#/items/${item.id}` }, item.label), ' ',
          item.title, ' → ', context.unitName(item.hostUnit), t('assign.dueBy', item.deadline)))));
      rows.forEach((r) => r.lock());
    } catch (error) {
      confirm.disabled = false;
      const messages = error.errors?.length ? error.errors.map((e) => localize(e.message)) : [error.message];
      replace(result, notice(t('assign.refused', messages.length), true),
        h('ul', { id: 'assign-problems', class: 'problems' }, messages.map((m) => h('li', {}, m))));
    }
  });
  return h('div', {}, h('h1', {}, t('assign.title')), h('div', { class: 'card' }, chooseYear),
    h('section', { class: 'card' },
      h('p', { class: 'muted' }, t('assign.hint')),
      h('div', { class: 'field' }, h('label', { for: 'assign-reply-by' }, t('assign.replyBy')), replyBy,
        h('p', { class: 'hint' }, t('assign.replyByHint'))),
      h('div', { class: 'field' }, h('label', { for: 'assign-reason' }, t('assign.reason')), reason),
      h('div', { class: 'table-wrap' }, h('table', { class: 'items', id: 'assign-rows' },
        h('thead', {}, h('tr', {}, ['assign.take', 'col.label', 'col.title', 'col.category', 'assign.host', 'assign.coUnits']
          .map((key) => h('th', {}, t(key))))),
        h('tbody', {}, rows.map((r) => r.element)))),
      h('p', {}, count), confirm, result));
}

/** One item's row: whether it is assigned now, its host and co-units (the suggestion unless changed), and why. */
function row(context, suggestion) {
  const { item, host, coUnits } = suggestion;
  const units = [...context.units.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh'));
  const take = h('input', { type: 'checkbox', checked: host != null, 'aria-label': t('assign.take') });
  const hostSelect = h('select', { 'aria-label': t('assign.host'), class: 'assign-host' },
    h('option', { value: '' }, t('assign.chooseHost')),
    units.map(([code, name]) => h('option', { value: code, selected: host?.unitCode === code }, name)));
  const suggestedCo = new Set(coUnits.map((u) => u.unitCode));
  const coSelect = h('select', { multiple: true, size: '3', 'aria-label': t('assign.coUnits'), class: 'assign-co' },
    units.map(([code, name]) => h('option', { value: code, selected: suggestedCo.has(code) }, name)));
  const why = (unit) => (unit ? h('p', { class: 'hint reason' }, unit.reasons.join('；')) : null);
  const element = h('tr', { 'data-item': item.id },
    h('td', {}, take),
    h('td', { 'data-label': t('col.label') }, h('a', { href: `#/items/${item.id}` }, item.label)),
    h('td', { 'data-label': t('col.title') }, item.title),
    h('td', { 'data-label': t('col.category') }, item.category || ''),
    h('td', { 'data-label': t('assign.host') }, hostSelect, host ? why(host) : h('p', { class: 'hint' }, t('assign.noSuggestion'))),
    h('td', { 'data-label': t('assign.coUnits') }, coSelect,
      coUnits.map((u) => h('p', { class: 'hint reason' }, `${u.unitName}：${u.reasons.join('；')}`))));
  hostSelect.addEventListener('change', () => { if (hostSelect.value) take.checked = true; });
  return {
    element,
    chosen: () => take.checked && !take.disabled,
    onChange: (callback) => { take.addEventListener('change', callback); hostSelect.addEventListener('change', callback); },
    assignment: () => ({
      id: item.id, version: item.version, hostUnit: hostSelect.value || null,
      coUnits: [...coSelect.selectedOptions].map((o) => o.value).filter((code) => code !== hostSelect.value),
    }),
    lock: () => { [take, hostSelect, coSelect].forEach((input) => { input.disabled = true; }); },
  };
}
