// Administrators: accounts, units, installed plugins with versions, and how the outbox is doing.
import { get, post } from '../api.js';
import { t, label } from '../i18n.js';
import { h, form, section, notice, replace } from '../dom.js';

const ROLES = ['ADMIN', 'OFFICE', 'SUPERVISOR', 'HANDLER', 'UNIT_HEAD', 'SUBMITTER', 'LEADER', 'NPC_LIAISON', 'CPPCC_LIAISON'];

/** The fields a new account and an edited one share, filled in from `account`. */
export function accountFields(units, account) {
  return [
    { name: 'displayName', label: t('admin.displayName'), required: true, value: account.displayName },
    { name: 'roles', label: t('admin.roles'), type: 'checkboxes', options: ROLES.map((r) => [r, label('role', r)]), value: account.roles },
    { name: 'unitCode', label: t('admin.unitCode'), type: 'select', options: units.map((u) => [u.code, u.name]), value: account.unitCode },
    { name: 'phone', label: t('admin.phone'), value: account.phone },
    { name: 'email', label: t('admin.email'), value: account.email },
  ];
}

/** Disabled, or to change the password at the next login, or neither. */
export function accountState(account) {
  if (account.disabled) return h('span', { class: 'tag bad' }, t('account.disabled'));
  if (account.mustChangePassword) return h('span', { class: 'tag warn' }, t('account.mustChange'));
  return h('span', { class: 'tag good' }, t('account.active'));
}

export async function adminPage(context) {
  const [users, units, plugins, outbox] = await Promise.all([get('/users'), get('/units'), get('/plugins'), get('/outbox')]);
  const done = h('div', {});
  const userForm = form([
    { name: 'username', label: t('login.username'), required: true },
    { name: 'password', label: t('login.password'), type: 'password', required: true, autocomplete: 'new-password' },
    ...accountFields(units, {}),
  ], t('admin.newUser'), async (v) => {
    const created = await post('/users', v);
    replace(done, notice(t('admin.created', created.username)));
    context.go('#/admin');
  });
  const unitForm = form([{ name: 'code', label: t('admin.code'), required: true }, { name: 'name', label: t('admin.name'), required: true }],
    t('admin.newUnit'), async (v) => {
      const created = await post('/units', v);
      context.units.set(created.code, created.name);
      replace(done, notice(t('admin.created', created.name)));
      context.go('#/admin');
    });
  // A demonstration year, for trying Banli out: what it made, and the one password of its accounts, shown once.
  const demoResult = h('div', { id: 'demo-result' });
  const demoForm = form([{ name: 'count', label: t('admin.demoCount'), type: 'number', value: 60, required: true }],
    t('admin.demoGenerate'), async (v) => {
      const year = await post('/demo', { count: v.count });
      replace(demoResult, notice(t('admin.demoMade', year.items, year.units.length, year.accounts.length)),
        year.password ? h('p', {}, t('admin.demoPassword'), ' ', h('code', { id: 'demo-password' }, year.password)) : null,
        year.accounts.length ? h('ul', {}, year.accounts.map((a) => h('li', {}, a))) : null);
    });
  const table = (head, rows) => (rows.length ? h('table', { class: 'list' }, h('thead', {}, h('tr', {}, head.map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c, i) => h('td', { 'data-label': head[i] }, c))))))
    : h('p', { class: 'muted' }, t('common.empty')));
  return h('div', {}, h('h1', {}, t('admin.title')), done,
    h('p', {}, h('a', { href: '/reference/', class: 'reference' }, t('admin.reference'))),
    section(t('admin.plugins'), table([t('admin.kind'), t('admin.name'), t('admin.bundle'), t('admin.version')],
      plugins.map((p) => [t(`plugin.${p.kind}`), p.name, p.bundle, p.version]))),
    section(t('admin.outbox'), table([t('admin.channel'), t('outbox.pending'), t('outbox.delivered'), t('outbox.failed')],
      Object.entries(outbox).map(([channel, counts]) => [channel, String(counts.PENDING ?? 0), String(counts.DELIVERED ?? 0), String(counts.FAILED ?? 0)]))),
    section(t('admin.users'), table([t('admin.displayName'), t('login.username'), t('admin.roles'), t('admin.unitCode'), t('account.state')],
      users.map((u) => [h('a', { href: `#/accounts/${encodeURIComponent(u.username)}` }, u.displayName), u.username,
        u.roles.map((r) => label('role', r)).join('、'), context.unitName(u.unitCode), accountState(u)])),
    h('details', {}, h('summary', {}, t('admin.newUser')), userForm)),
    section(t('admin.demo'), h('p', { class: 'muted' }, t('admin.demoWhat')), demoForm, demoResult),
    section(t('admin.units'), table([t('admin.code'), t('admin.name')], units.map((u) => [u.code, u.name])),
      h('details', {}, h('summary', {}, t('admin.newUnit')), unitForm)));
}
