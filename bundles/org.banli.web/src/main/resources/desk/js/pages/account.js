// One account, for an administrator: its details, whether it may log in, a password reset, and its audit record.
import { get, post, put } from '../api.js';
import { t, label, localize } from '../i18n.js';
import { h, form, section, notice, replace, dateTime } from '../dom.js';
import { accountFields, accountState } from './admin.js';

const FIELDS = { displayName: 'admin.displayName', roles: 'admin.roles', unit: 'admin.unitCode', phone: 'admin.phone', email: 'admin.email' };

export async function accountPage(context, username) {
  const path = `/users/${encodeURIComponent(username)}`;
  const [account, units] = await Promise.all([get(path), get('/units')]);
  const view = h('div', {});
  const render = async (shown, message) => {
    replace(view, page(context, shown, units, await get(`${path}/changes`), message, render));
    // The outcome (a temporary password above all) is at the top, far from the button that was pressed.
    if (message) view.querySelector('.notice').scrollIntoView({ block: 'center' });
  };
  await render(account, null);
  return view;
}

function page(context, account, units, changes, message, render) {
  const path = `/users/${encodeURIComponent(account.username)}`;
  const own = context.me.username === account.username;
  const edit = form(accountFields(units, account), t('account.save'), async (values) => {
    render(await put(path, values), t('common.saved'));
  });
  // Disabling and resetting end the person's logins: each asks once more before it is done.
  const access = account.disabled
    ? form([], t('account.enable'), async () => render(await post(`${path}/enable`), t('account.enabled')))
    : own ? null : confirmed(t('account.disable'), t('account.disableConfirm', account.displayName),
      async () => render(await post(`${path}/disable`), t('account.disabledNow')));
  const reset = own ? null : confirmed(t('account.reset'), t('account.resetConfirm', account.displayName), async () => {
    const done = await post(`${path}/password-reset`);
    render(done.user, t('account.temporary', done.temporaryPassword));
  });
  return h('div', { 'data-account': account.username },
    h('p', { class: 'muted' }, h('a', { href: '#/admin' }, t('admin.title')), ' · ', t('admin.users')),
    h('h1', {}, account.displayName, ' ', accountState(account)),
    message ? notice(message) : null,
    h('div', { class: 'card' }, h('dl', { class: 'meta' },
      h('dt', {}, t('login.username')), h('dd', {}, account.username),
      h('dt', {}, t('account.createdAt')), h('dd', {}, dateTime(account.createdAt)))),
    section(t('account.edit'), edit),
    section(t('account.access'), access, reset),
    section(t('account.changes'), changes.length ? h('table', { class: 'list', id: 'account-changes' },
      h('thead', {}, h('tr', {}, [t('account.at'), t('account.actor'), t('account.what'), t('account.detail')].map((c) => h('th', {}, c)))),
      h('tbody', {}, changes.slice().reverse().map((change) => h('tr', {},
        h('td', { 'data-label': t('account.at') }, dateTime(change.at)),
        h('td', { 'data-label': t('account.actor') }, localize(change.actorName)),
        h('td', { 'data-label': t('account.what') }, t(`change.${change.kind}`)),
        h('td', { 'data-label': t('account.detail') }, change.fields.map((f) => h('div', {},
          t(FIELDS[f.field] || f.field), '：', shownValue(f.field, f.before), ' → ', shownValue(f.field, f.after))))))))
      : h('p', { class: 'muted' }, t('common.empty'))));
}

/** A field's old or new value as the reader reads it: roles in their language. */
function shownValue(field, value) {
  if (value == null || value === '') return t('common.none');
  return field === 'roles' ? value.split(',').map((r) => label('role', r)).join('、') : value;
}

/** A step that ends someone's logins: its button opens a question, and only the answer does it. */
function confirmed(title, question, act) {
  return h('details', { class: 'confirm' }, h('summary', {}, title),
    h('p', {}, question), form([], title, act));
}
