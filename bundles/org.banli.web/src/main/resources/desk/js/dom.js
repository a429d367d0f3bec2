// Building pages from elements and text nodes only: nothing an item's title or a reply says is ever parsed as HTML.
import { t, localize, label } from './i18n.js';

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'value') element.value = value;
    else if (name === 'checked') element.checked = Boolean(value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function replace(container, ...children) {
  container.replaceChildren();
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) container.append(child);
  }
}

/**
 * Today in the county's time zone as YYYY-MM-DD: its days, not the browser's or UTC's, decide deadlines,
 * and a form filled in before dawn (or by a browser elsewhere) would otherwise default to yesterday.
 */
export function countyToday(context) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: context?.rules?.timeZone || undefined,
    year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** This year in the county. */
export function countyYear(context) {
  return Number(countyToday(context).slice(0, 4));
}

export function date(value) {
  return value ? String(value).slice(0, 10) : '';
}

let countyZone;

/** The county's time zone, in which every moment is shown (the browser may be anywhere). */
export function useCountyZone(zone) {
  countyZone = zone || undefined;
}

export function dateTime(value) {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: countyZone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(value));
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Days left on a deadline, red when overdue and amber when at risk. */
export function daysLeft(days, overdue, atRisk) {
  if (days === null || days === undefined) return h('span', { class: 'muted' }, '—');
  const text = days < 0 ? t('days.overdue', -days) : days === 0 ? t('days.today') : t('days.left', days);
  return h('span', { class: `days${overdue ? ' overdue' : atRisk ? ' at-risk' : ''}` }, text);
}

/** A table of items; each row links to the item page and is coloured by its deadline. */
export function itemTable(items, unitName, extra) {
  if (!items.length) return h('p', { class: 'muted' }, t('common.empty'));
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, h('th', {}, t('col.label')), h('th', {}, t('col.title')), h('th', {}, t('col.status')),
      h('th', {}, t('col.host')), h('th', {}, t('col.deadline')), h('th', {}, t('col.daysLeft')),
      extra ? h('th', {}, extra.title) : null)),
    h('tbody', {}, items.map((item) => h('tr', { class: item.overdue ? 'overdue' : item.atRisk ? 'at-risk' : '', 'data-item': item.id },
      h('td', { 'data-label': t('col.label') }, h('a', { href: `#/items/${item.id}` }, item.label)),
      h('td', { 'data-label': t('col.title') }, item.keyItem ? h('span', { class: 'tag key' }, t('item.key')) : null, item.title),
      h('td', { 'data-label': t('col.status') }, label('status', item.status)),
      h('td', { 'data-label': t('col.host') }, unitName(item.hostUnit)),
      h('td', { 'data-label': t('col.deadline') }, date(item.deadline)),
      h('td', { 'data-label': t('col.daysLeft') }, daysLeft(item.daysLeft, item.overdue, item.atRisk)),
      extra ? h('td', { 'data-label': extra.title }, extra.cell(item)) : null))));
}

let fieldCount = 0;

/**
 * A form of described fields: {name, label, type, options, value, required, hint}. Types: text, password,
 * textarea, date, number, select, checkbox, radios, checkboxes. On submit the values are gathered (empty → null)
 * and given to `submit`; a refusal shows each field's message next to it and the rest above the button.
 */
export function form(fields, submitLabel, submit, { secondary } = {}) {
  const inputs = new Map();
  const formError = h('p', { class: 'form-error', role: 'alert' });
  const button = h('button', { type: 'submit' }, submitLabel);
  const element = h('form', { novalidate: true },
    fields.map((f) => {
      const wrapped = fieldOf(f);
      inputs.set(f.name, wrapped);
      return wrapped.element;
    }),
    formError,
    h('div', { class: 'actions' }, button, secondary || null));
  // A field's refusal goes as soon as the person changes the field: an error that was fixed does not wait for the next save.
  element.addEventListener('input', (event) => {
    const field = event.target.closest('[data-field]');
    if (!field) return;
    field.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
    field.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  });
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(element);
    button.disabled = true;
    try {
      const values = {};
      for (const [name, wrapped] of inputs) values[name] = wrapped.read();
      await submit(values, element);
    } catch (error) {
      showErrors(element, error);
    } finally {
      button.disabled = false;
    }
  });
  return element;
}

function fieldOf(f) {
  const id = `f${++fieldCount}`;
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  const hint = f.hint ? h('p', { class: 'hint', id: `${id}-hint` }, f.hint) : null;
  const described = [error.id, hint ? hint.id : null].filter(Boolean).join(' ');
  if (f.type === 'radios' || f.type === 'checkboxes') {
    const kind = f.type === 'radios' ? 'radio' : 'checkbox';
    const chosen = new Set([].concat(f.value ?? []));
    const boxes = f.options.map(([value, text]) => h('input', { type: kind, name: `${id}-${f.name}`, value, checked: chosen.has(value) }));
    const element = h('fieldset', { class: 'field', 'data-field': f.name, 'aria-describedby': described },
      h('legend', {}, f.label), boxes.map((box, i) => h('label', {}, box, f.options[i][1])), hint, error);
    const read = () => {
      const on = boxes.filter((b) => b.checked).map((b) => b.value);
      return kind === 'radio' ? on[0] ?? null : on;
    };
    return { element, read };
  }
  if (f.type === 'item' || f.type === 'items') return itemField(f, id, error, hint, described);
  let input;
  if (f.type === 'textarea') input = h('textarea', { id, name: f.name, rows: f.rows || 5 });
  else if (f.type === 'select') {
    // Nothing is chosen for the person: a required choice starts on a placeholder, never on the first option.
    input = h('select', { id, name: f.name },
      f.required ? h('option', { value: '', disabled: true, selected: true }, t('common.choose')) : h('option', { value: '' }, '—'),
      f.options.map(([value, text]) => h('option', { value }, text)));
  } else if (f.type === 'person') {
    // A person is typed by name, with the names offered as one types; the account stays behind the name.
    input = h('input', { id, name: f.name, type: 'text', autocomplete: 'off', list: `${id}-people` });
  } else if (f.type === 'file') {
    input = h('input', { id, name: f.name, type: 'file', accept: f.accept || null });
  } else input = h('input', { id, name: f.name, type: f.type || 'text', autocomplete: f.autocomplete || 'off' });
  const people = f.type === 'person' ? personChoices(f.people || []) : null;
  if (f.type === 'checkbox') input.checked = Boolean(f.value);
  else if (people && f.value) input.value = people.nameOf(f.value);
  else if (f.value !== undefined && f.value !== null) input.value = f.value;
  if (f.required) input.setAttribute('aria-required', 'true');
  input.setAttribute('aria-describedby', described);
  if (f.oninput) input.addEventListener('input', () => f.oninput(input));
  const element = f.type === 'checkbox'
    ? h('div', { class: 'field', 'data-field': f.name }, h('label', { for: id }, input, ' ', f.label), hint, error)
    : h('div', { class: 'field', 'data-field': f.name }, h('label', { for: id }, f.label), input,
      people ? h('datalist', { id: `${id}-people` }, people.names.map((name) => h('option', { value: name }))) : null, hint, error);
  const read = () => {
    if (f.type === 'checkbox') return input.checked;
    if (f.type === 'file') return input.files[0] || null;
    const value = input.value.trim();
    if (value === '') return null;
    if (people) return people.usernameOf(value);
    return f.type === 'number' ? Number(value) : value;
  };
  return { element, read };
}

/**
 * An item, or several ('items'), chosen by number and title, never by internal id: as one types a number, the items of
 * that number (f.search) are offered as "2026年建议第3号 关于…"; several are kept as removable chips.
 */
function itemField(f, id, error, hint, described) {
  const known = new Map();
  const chosen = new Map();
  const options = h('datalist', { id: `${id}-items` });
  const input = h('input', { id, name: f.name, type: 'text', autocomplete: 'off', list: options.id, placeholder: t('form.itemHint') });
  input.setAttribute('aria-describedby', described);
  const chips = h('div', { class: 'chips' });
  let asked = 0;
  const offer = async () => {
    const number = (input.value.match(/(\d+)(?!.*\d)/) || [])[1];
    const mine = ++asked;
    const found = await f.search(number ? Number(number) : null).catch(() => []);
    if (mine !== asked) return; // an answer to an older keystroke
    replace(options, found.map((item) => {
      const text = `${item.label} ${item.title}`;
      known.set(text, item);
      return h('option', { value: text });
    }));
  };
  const showChips = () => replace(chips, [...chosen.values()].map((item) => h('span', { class: 'chip', 'data-item': item.id }, item.label, ' ',
    h('button', { type: 'button', 'aria-label': t('common.remove', item.label), onclick: () => { chosen.delete(item.id); showChips(); } }, '×'))));
  let timer;
  input.addEventListener('input', () => {
    const picked = known.get(input.value);
    if (picked && f.type === 'items') {
      chosen.set(picked.id, picked);
      input.value = '';
      showChips();
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(offer, 200);
  });
  input.addEventListener('focus', () => { if (!options.children.length) offer(); });
  const element = h('div', { class: 'field', 'data-field': f.name }, h('label', { for: id }, f.label),
    f.type === 'items' ? chips : null, input, options, hint, error);
  const read = () => {
    const typed = input.value.trim();
    const picked = known.get(typed);
    if (typed && !picked) {
      throw { errors: [{ field: f.name, message: t('form.noSuchItem', typed) }] };
    }
    if (f.type === 'item') return picked ? picked.id : null;
    return [...chosen.keys(), ...(picked ? [picked.id] : [])];
  };
  return { element, read };
}

/**
 * The names a person field offers ({username, name, unit}), each once: two people of one name are told apart. A name
 * typed that matches no one is sent as typed, and the server says it knows no such person.
 */
function personChoices(people) {
  const count = new Map();
  people.forEach((p) => count.set(p.name, (count.get(p.name) || 0) + 1));
  // Only where names repeat: by the unit's name, or for people of no unit, by the account as a last resort.
  const shown = people.map((p) => ({ ...p, shown: count.get(p.name) > 1 ? `${p.name}（${p.unit || p.username}）` : p.name }));
  return {
    names: shown.map((p) => p.shown),
    usernameOf: (typed) => (shown.find((p) => p.shown === typed) || shown.find((p) => p.name === typed) || { username: typed }).username,
    nameOf: (username) => (shown.find((p) => p.username === username) || { shown: username }).shown,
  };
}

export function clearErrors(element) {
  element.querySelectorAll('.field-error, .form-error').forEach((e) => { e.textContent = ''; });
  element.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}

/** Puts each of a refusal's messages next to its field; what belongs to no field goes above the buttons. */
export function showErrors(element, error) {
  const loose = [];
  for (const fieldError of error.errors || []) {
    const field = element.querySelector(`[data-field="${CSS.escape(fieldError.field)}"]`);
    const slot = field?.querySelector('.field-error');
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent}；${localize(fieldError.message)}` : localize(fieldError.message);
      field.querySelectorAll('input, select, textarea').forEach((i) => i.setAttribute('aria-invalid', 'true'));
    } else {
      loose.push(localize(fieldError.message));
    }
  }
  const slot = element.querySelector('.form-error');
  const summary = (error.errors || []).length ? loose.join('；') : localize(error.message) || t('common.error');
  if (slot) slot.textContent = summary;
  const first = element.querySelector('[aria-invalid="true"]');
  if (first) first.focus();
}

export function section(title, ...content) {
  return h('section', { class: 'card' }, h('h2', {}, title), content);
}

export function notice(text, isError) {
  return h('p', { class: `notice${isError ? ' error' : ''}`, role: 'status' }, text);
}
