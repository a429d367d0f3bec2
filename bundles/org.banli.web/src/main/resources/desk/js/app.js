// The desk's shell: who is logged in, the menu their roles call for, and the page the address names.
import { get, post, del, useSession, onLoggedOut, ApiError } from './api.js';
import { t, switchLanguage, language, label, loadLabels } from './i18n.js';
import { h, replace, form, notice, useCountyZone } from './dom.js';
import { officePage, queuePage, approvalsPage, minePage, itemsPage, registerPage } from './pages/lists.js';
import { itemPage } from './pages/item.js';
import { dashboardPage } from './pages/dashboard.js';
import { reportsPage, assessmentPage } from './pages/reports.js';
import { adminPage } from './pages/admin.js';
import { accountPage } from './pages/account.js';
import { publicPage } from './pages/public.js';
import { inboxPage } from './pages/inbox.js';
import { importPage } from './pages/import.js';
import { assignPage } from './pages/assign.js';

const main = document.getElementById('main');
let returnTo = null;
const context = {
  me: null,
  units: new Map(),
  rules: null,
  has(...roles) { return this.me != null && roles.some((role) => this.me.roles.includes(role)); },
  unitName(code) { return code ? context.units.get(code) || code : '—'; },
  /** Opens a page: a new hash routes through hashchange, the same one is drawn again here, never both. */
  go(hash) { if (location.hash === hash) route(); else location.hash = hash; },
  refreshUnread,
};

/** Each role's menu, in the order a person of that role works. */
const MENU = [
  ['#/office', 'nav.items', ['OFFICE']],
  ['#/register', 'nav.register', ['OFFICE']],
  ['#/import', 'nav.import', ['OFFICE']],
  ['#/assign', 'nav.assign', ['OFFICE']],
  ['#/queue', 'nav.queue', ['HANDLER']],
  ['#/approvals', 'nav.approvals', ['UNIT_HEAD']],
  ['#/mine', 'nav.mine', ['SUBMITTER']],
  ['#/admin', 'nav.admin', ['ADMIN']],
  ['#/dashboard', 'nav.dashboard', ['SUPERVISOR', 'LEADER', 'OFFICE', 'NPC_LIAISON', 'CPPCC_LIAISON', 'ADMIN']],
  ['#/items', 'nav.items', ['SUPERVISOR', 'LEADER', 'NPC_LIAISON', 'CPPCC_LIAISON', 'UNIT_HEAD', 'ADMIN']],
  ['#/reports', 'nav.reports', ['OFFICE', 'SUPERVISOR', 'LEADER', 'HANDLER', 'UNIT_HEAD', 'NPC_LIAISON', 'CPPCC_LIAISON', 'ADMIN']],
  ['#/assessment', 'nav.assessment', ['OFFICE', 'SUPERVISOR', 'LEADER', 'HANDLER', 'UNIT_HEAD', 'NPC_LIAISON', 'CPPCC_LIAISON', 'ADMIN']],
];

const PAGES = {
  office: officePage, register: registerPage, queue: queuePage, approvals: approvalsPage, mine: minePage, items: itemsPage,
  dashboard: dashboardPage, reports: reportsPage, assessment: assessmentPage, admin: adminPage, inbox: inboxPage,
  import: importPage, assign: assignPage,
};

function home() {
  const first = MENU.find(([, , roles]) => context.has(...roles));
  return first ? first[0] : '#/inbox';
}

async function start() {
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
  onLoggedOut(() => {
    context.me = null;
    useSession(null);
    // After an expired session the person logs in again and returns to the page they were on.
    if (!location.hash.startsWith('#/public') && !location.hash.startsWith('#/login')) {
      returnTo = location.hash;
      context.go('#/login');
    } else {
      route();
    }
  });
  window.addEventListener('hashchange', route);
  await loadLabels();
  try {
    await loggedIn(await get('/session', { quiet: true }));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  route();
}

async function loggedIn(session) {
  useSession(session);
  context.me = session.user;
  if (!session.user.mustChangePassword) {
    const [units, rules] = await Promise.all([get('/units'), get('/items/rules')]);
    context.units = new Map(units.map((unit) => [unit.code, unit.name]));
    context.rules = rules;
    useCountyZone(rules.timeZone);
  }
}

async function route() {
  const [path, id] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  renderHeader(path);
  window.scrollTo(0, 0);
  if (path === 'public') return show(publicPage);
  if (!context.me) return show(loginPage);
  if (context.me.mustChangePassword || path === 'password') return show(passwordPage);
  if (path === 'items' && id) return show(itemPage, context, Number(id));
  if (path === 'accounts' && id && context.has('ADMIN')) return show(accountPage, context, decodeURIComponent(id));
  const page = PAGES[path];
  if (!page) {
    location.replace(home());
    return undefined;
  }
  return show(page, context);
}

/** Runs a page; a page that fails says why instead of leaving the screen blank. */
async function show(page, ...args) {
  replace(main, h('p', { class: 'loading' }, t('common.loading')));
  try {
    const content = await page(...args);
    replace(main, content);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return;
    const text = error instanceof ApiError && (error.status === 404 || error.status === 403)
      ? t('common.notFound') : error.message;
    replace(main, h('h1', {}, t('common.error')), notice(text, true));
  }
  main.focus({ preventScroll: true });
}

function renderHeader(path) {
  document.title = t('app.title');
  document.querySelector('.brand').textContent = t('app.title');
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  const links = context.me && !context.me.mustChangePassword
    ? MENU.filter(([, , roles]) => context.has(...roles))
      .filter(([href], index, all) => all.findIndex(([other]) => other === href) === index)
      .map(([href, key]) => h('a', { href, 'aria-current': href === `#/${path}` ? 'page' : null }, t(key)))
    : [];
  links.push(h('a', { href: '#/public', 'aria-current': path === 'public' ? 'page' : null }, t('nav.public')));
  replace(nav, links);
  const switcher = h('button', { type: 'button', class: 'link', lang: language() === 'zh' ? 'en' : 'zh', onclick: () => { switchLanguage(); route(); } }, t('lang.switch'));
  if (!context.me) {
    replace(who, switcher, h('a', { href: '#/login' }, t('nav.login')));
    return;
  }
  const unread = h('span', { class: 'badge', id: 'unread', 'aria-label': t('inbox.unread') }, '');
  replace(who,
    h('a', { href: '#/inbox' }, t('nav.inbox'), ' ', unread),
    h('span', {}, context.me.displayName, ' · ', context.me.roles.map((r) => label('role', r)).join('、')),
    h('a', { href: '#/password' }, t('password.title')),
    switcher,
    h('button', { type: 'button', class: 'link', onclick: logOut }, t('nav.logout')));
  if (!context.me.mustChangePassword) refreshUnread();
}

async function refreshUnread() {
  const badge = document.getElementById('unread');
  if (!badge) return;
  try {
    const { count } = await get('/inbox/unread');
    badge.textContent = count ? String(count) : '';
  } catch { /* the count is a convenience; the inbox page says what is wrong */ }
}

async function logOut() {
  try { await del('/session'); } finally {
    context.me = null;
    useSession(null);
    context.go('#/login');
  }
}

function loginPage() {
  return h('div', { class: 'login card' }, h('h1', {}, t('login.title')),
    form([
      { name: 'username', label: t('login.username'), required: true, autocomplete: 'username' },
      { name: 'password', label: t('login.password'), type: 'password', required: true, autocomplete: 'current-password' },
    ], t('login.submit'), async (values) => {
      await loggedIn(await post('/session', values, { quiet: true }));
      const next = context.me.mustChangePassword ? '#/password' : returnTo || home();
      returnTo = null;
      context.go(next);
    }),
    h('p', {}, h('a', { href: '#/public' }, t('login.public'))));
}

function passwordPage() {
  const forced = context.me.mustChangePassword;
  return h('div', { class: 'login card' }, h('h1', {}, t('password.title')),
    forced ? notice(t('password.forced'), true) : null,
    form([
      { name: 'currentPassword', label: t('password.current'), type: 'password', required: true, autocomplete: 'current-password' },
      { name: 'newPassword', label: t('password.new'), type: 'password', required: true, autocomplete: 'new-password' },
      { name: 'repeat', label: t('password.repeat'), type: 'password', required: true, autocomplete: 'new-password' },
    ], t('password.submit'), async (values) => {
      if (values.newPassword !== values.repeat) {
        throw new ApiError(422, { detail: t('password.mismatch'), errors: [{ field: 'repeat', message: t('password.mismatch') }] });
      }
      await post('/users/me/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      await loggedIn(await get('/session'));
      context.go(home());
    }));
}

start();
