// Everyone's inbox: newest first, unread marked.
import { get, post, query } from '../api.js';
import { t } from '../i18n.js';
import { h, dateTime, replace } from '../dom.js';

export async function inboxPage(context) {
  const page = await get(`/inbox${query({ size: 50 })}`);
  const list = h('div', {});
  const render = (messages) => replace(list, messages.length ? messages.map((m) => {
    const link = m.data && m.data.itemId ? h('a', { href: `#/items/${m.data.itemId}` }, m.subject) : m.subject;
    return h('article', { class: 'card', 'data-message': m.id },
      h('h2', {}, m.readAt ? null : h('span', { class: 'tag key' }, t('inbox.unread')), ' ', link),
      h('p', { class: 'muted' }, dateTime(m.createdAt)),
      h('p', { class: 'pre' }, m.body),
      m.readAt ? null : h('button', { type: 'button', class: 'secondary', onclick: async () => {
        const read = await post(`/inbox/${m.id}/read`);
        render(messages.map((other) => (other.id === read.id ? read : other)));
        context.refreshUnread();
      } }, t('inbox.markRead')));
  }) : h('p', { class: 'muted' }, t('common.empty')));
  render(page.items);
  const readAll = page.items.some((m) => !m.readAt) ? h('button', { type: 'button', class: 'secondary', id: 'read-all', onclick: async () => {
    await post('/inbox/read');
    const now = new Date().toISOString();
    render(page.items.map((m) => (m.readAt ? m : { ...m, readAt: now })));
    readAll.remove();
    context.refreshUnread();
  } }, t('inbox.markAllRead')) : null;
  return h('div', {}, h('h1', {}, t('inbox.title')), readAll, list);
}
