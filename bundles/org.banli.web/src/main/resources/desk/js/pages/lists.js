// Lists of items as each role works through them.
import { get, post, query } from '../api.js';
import { t, label, values } from '../i18n.js';
import { h, itemTable, form, section, notice, replace, countyYear } from '../dom.js';

const OPEN = ['ASSIGNED', 'HANDLING', 'REPLY_APPROVED', 'UNDER_REVIEW', 'REHANDLING', 'FOLLOW_UP', 'CONSULTATION', 'REPLIED'];

async function all(params) {
  const page = await get(`/items${query({ ...params, size: 200, total: false })}`);
  return page.items;
}

function group(title, items, context, testId) {
  return h('section', { class: 'card group', 'data-group': testId },
    h('h2', {}, title, ' ', h('span', { class: 'count' }, `(${items.length})`)),
    itemTable(items, context.unitName));
}

/** The office: what waits to be assigned and reviewed, then everything. */
export async function officePage(context) {
  const [toAssign, toReview] = await Promise.all([all({ status: 'REGISTERED' }), all({ status: 'UNDER_REVIEW' })]);
  return h('div', {}, h('h1', {}, t('nav.items')),
    h('p', { class: 'actions' }, h('a', { href: '#/register' }, `＋ ${t('nav.register')}`)),
    group(t('office.toAssign'), toAssign, context, 'to-assign'),
    group(t('office.toReview'), toReview, context, 'to-review'),
    await browser(context, t('office.all')));
}

/** The handling unit's queue, grouped by what needs doing next; each item in the first group it belongs to. */
export async function queuePage(context) {
  const unit = context.me.unitCode;
  const [items, noContact, missingOpinion, noDraft, sentBack] = await Promise.all([
    all({}), all({ warning: 'NO_CONTACT' }), all({ warning: 'MISSING_CO_UNIT_OPINION' }), all({ warning: 'NO_DRAFT' }),
    all({ draft: 'SENT_BACK' })]);
  const ids = (list) => new Set(list.map((item) => item.id));
  const [sent, uncontacted, opinionMissing, undrafted] = [sentBack, noContact, missingOpinion, noDraft].map(ids);
  const hosted = items.filter((item) => item.hostUnit === unit && OPEN.includes(item.status));
  const groups = [
    ['to-accept', t('queue.toAccept'), (item) => item.status === 'ASSIGNED'],
    ['returned', t('queue.returned'), (item) => sent.has(item.id)],
    ['first-contact', t('queue.firstContact'), (item) => uncontacted.has(item.id)],
    ['co-units', t('queue.coUnits'), (item) => opinionMissing.has(item.id)],
    ['draft-due', t('queue.draftDue'), (item) => undrafted.has(item.id)],
    ['to-submit', t('queue.toSubmit'), (item) => item.status === 'REPLY_APPROVED'],
    ['rehandling', t('queue.rehandling'), (item) => item.status === 'REHANDLING'],
    ['commitments', t('queue.commitments'), (item) => item.status === 'FOLLOW_UP'],
    ['review', t('queue.review'), (item) => item.status === 'UNDER_REVIEW'],
    ['handling', t('queue.handling'), (item) => item.status === 'HANDLING'],
  ];
  const placed = new Map(groups.map(([id]) => [id, []]));
  for (const item of hosted) {
    const first = groups.find(([, , test]) => test(item));
    if (first) placed.get(first[0]).push(item);
  }
  const coHandled = items.filter((item) => item.hostUnit !== unit && OPEN.includes(item.status));
  // The work first: groups with items open, the empty ones named in one line, then the unit's whole list.
  const filled = groups.filter(([id]) => placed.get(id).length);
  const empty = groups.filter(([id]) => !placed.get(id).length).map(([, title]) => title);
  return h('div', {}, h('h1', {}, `${t('queue.title')} · ${context.unitName(unit)}`),
    filled.length || coHandled.length ? null : notice(t('queue.nothing')),
    filled.map(([id, title]) => group(title, placed.get(id), context, id)),
    coHandled.length ? group(t('queue.coHandled'), coHandled, context, 'co-handled') : null,
    empty.length ? h('p', { class: 'muted', id: 'empty-groups' }, t('queue.emptyGroups'), '：', empty.join('、')) : null,
    await browser(context, t('queue.all')));
}

/** The unit head: drafts of the unit waiting for approval. */
export async function approvalsPage(context) {
  const waiting = (await all({ draft: 'AWAITING_APPROVAL' })).filter((item) => item.hostUnit === context.me.unitCode);
  return h('div', {}, h('h1', {}, t('approvals.title')),
    group(t('approvals.title'), waiting, context, 'approvals'),
    await browser(context, t('office.all')));
}

/** A deputy or member: their own items and where each stands. */
export async function minePage(context) {
  const items = await all({});
  return h('div', {}, h('h1', {}, t('mine.title')),
    items.length ? h('div', { class: 'grid' }, items.map((item) => h('article', { class: 'card', 'data-item': item.id },
      h('h2', {}, h('a', { href: `#/items/${item.id}` }, item.title)),
      h('p', { class: 'muted' }, item.label, ' · ', label('kind', item.kind)),
      h('p', {}, t('mine.where'), '：', h('strong', {}, label('status', item.status)),
        item.hostUnit ? ` · ${context.unitName(item.hostUnit)}` : ''),
      progressBar(item.status)))) : h('p', { class: 'muted' }, t('common.empty')));
}

const STAGES = ['REGISTERED', 'ASSIGNED', 'HANDLING', 'UNDER_REVIEW', 'REPLIED', 'CLOSED'];

/** Where an item is on its way, in words a deputy understands: six stages, the current one marked. */
export function progressBar(status) {
  const at = { REPLY_APPROVED: 'HANDLING', REHANDLING: 'HANDLING', CONSULTATION: 'REPLIED', FOLLOW_UP: 'REPLIED' }[status] || status;
  const index = STAGES.indexOf(at);
  return h('ol', { class: 'actions', 'aria-label': t('mine.where') }, STAGES.map((stage, i) => h('li', {
    class: `tag${i < index ? ' good' : i === index ? ' key' : ''}`, 'aria-current': i === index ? 'step' : null,
  }, label('status', stage))));
}

/** Everything the person may see, with filters and pages. */
export async function itemsPage(context) {
  return h('div', {}, h('h1', {}, t('nav.items')), await browser(context, t('office.all')));
}

async function browser(context, title) {
  const results = h('div', {});
  const filters = { page: 0 };
  const load = async () => {
    const page = await get(`/items${query({ ...filters, size: 20 })}`);
    const pages = Math.max(1, Math.ceil(page.total / page.size));
    replace(results, itemTable(page.items, context.unitName),
      h('p', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', disabled: page.page === 0, onclick: () => { filters.page -= 1; load(); } }, t('common.prev')),
        t('common.page', `${page.page + 1}/${pages}`, page.total),
        h('button', { type: 'button', class: 'secondary', disabled: page.page + 1 >= pages, onclick: () => { filters.page += 1; load(); } }, t('common.next'))));
  };
  const filterForm = form([
    { name: 'status', label: t('col.status'), type: 'select', options: values('status').map((s) => [s, label('status', s)]) },
    { name: 'kind', label: t('common.kind'), type: 'select', options: values('kind').map((k) => [k, label('kind', k)]) },
    { name: 'unit', label: t('col.host'), type: 'select', options: [...context.units].map(([code, name]) => [code, name]) },
    { name: 'year', label: t('common.year'), type: 'number' },
    { name: 'overdue', label: t('dash.overdue'), type: 'checkbox' },
  ], t('common.filter'), async (chosen) => {
    Object.assign(filters, chosen, { overdue: chosen.overdue ? 'true' : null, page: 0 });
    await load();
  });
  filterForm.classList.add('grid');
  await load();
  return section(title, filterForm, results);
}

/** The office registers an item; the rules' messages appear next to the fields. */
export async function registerPage(context) {
  const year = countyYear(context);
  const [submitters, leaders] = await Promise.all([people(context, 'SUBMITTER'), people(context, 'LEADER')]);
  const done = h('div', {});
  const registration = form([
    { name: 'kind', label: t('form.kind'), type: 'select', required: true, value: 'SUGGESTION',
      options: values('kind').map((k) => [k, label('kind', k)]) },
    { name: 'year', label: t('form.year'), type: 'number', value: year },
    { name: 'title', label: t('form.title'), required: true },
    { name: 'body', label: t('form.body'), type: 'textarea', required: true, rows: 8 },
    { name: 'submitter', label: t('form.submitter'), type: 'person', people: submitters, required: true },
    { name: 'category', label: t('form.category') },
    { name: 'urgent', label: t('form.urgent'), type: 'checkbox' },
    { name: 'publicReply', label: t('form.public'), type: 'checkbox' },
    { name: 'keyItem', label: t('form.keyItem'), type: 'checkbox' },
    { name: 'leadingOfficial', label: t('form.leading'), type: 'person', people: leaders },
  ], t('form.register'), async (v) => {
    const item = await post('/items', { ...v, urgent: undefined, urgency: v.urgent ? 'URGENT' : 'NORMAL' });
    replace(done, notice(t('form.registered', item.label)), h('p', {}, h('a', { href: `#/items/${item.id}` }, item.title)));
    registration.reset();
  });
  return h('div', {}, h('h1', {}, t('nav.register')), done, h('div', { class: 'card' }, registration));
}

/** The people of a role a form offers by name, with their units' names. */
export async function people(context, role) {
  return (await get(`/people${query({ role })}`)).map((p) => ({ ...p, unit: p.unitCode ? context.unitName(p.unitCode) : null }));
}
