// Disclosed replies, for anyone, with no login.
import { get, query } from '../api.js';
import { t, label } from '../i18n.js';
import { h, date } from '../dom.js';

export async function publicPage() {
  const page = await get(`/public/replies${query({ size: 50 })}`);
  return h('div', {}, h('h1', {}, t('public.title')),
    page.items.length ? page.items.map((reply) => h('article', { class: 'card', 'data-item': reply.itemId },
      h('h2', {}, reply.title),
      h('p', { class: 'muted' }, reply.label, ' · ', t('public.unit'), '：', reply.unitName || reply.unitCode, ' · ', date(reply.repliedAt),
        ' · ', label('replyClass', reply.replyClass)),
      h('div', { class: 'pre' }, reply.text))) : h('p', { class: 'muted' }, t('common.empty')));
}
