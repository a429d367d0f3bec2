// Similar items, as the office reads them at the assignment meeting: this year's likely duplicates and other
// years' items of the same matter, each with how alike, the words shared, and for past items who hosted them and how
// their reply classed them. Shown on an item's page and beside each row of an import's preview.
import { get } from '../api.js';
import { t, label } from '../i18n.js';
import { h, section, notice, replace } from '../dom.js';

/** One found item; {@code extra} is what the reader may do with it (a merge button). */
function entry(context, found, extra) {
  const facts = [t('similar.score', Math.round(found.score * 100)),
    found.sharedTerms.length ? t('similar.shared', found.sharedTerms.join('、')) : null,
    found.mergedInto ? t('similar.merged') : label('status', found.status),
    found.hostUnit ? t('similar.host', context.unitName(found.hostUnit)) : null,
    found.replyClass ? label('replyClass', found.replyClass) : null].filter(Boolean);
  return h('li', { 'data-similar': found.id },
    h('a', { href: `#/items/${found.id}` }, found.label), ' ', found.title,
    h('span', { class: 'muted' }, ` · ${facts.join(' · ')}`), extra ? [' ', extra(found)] : null);
}

/** The two lists of one answer of /similar; {@code extra(found)} adds an action to this year's duplicates. */
export function similarLists(context, answer, extra) {
  if (!answer.engine) return h('p', { class: 'muted' }, t('similar.noEngine'));
  const list = (title, found, action) => [h('h3', {}, title), found.length
    ? h('ul', { class: 'similar' }, found.map((f) => entry(context, f, action)))
    : h('p', { class: 'muted' }, t('similar.none'))];
  return [answer.complete ? null : notice(t('similar.incomplete')),
    list(t('similar.duplicates'), answer.duplicates, extra), list(t('similar.otherYears'), answer.otherYears)];
}

/**
 * The section of an item's page, filled once its answer arrives (the page is drawn without waiting for it); the
 * office merges a duplicate into the item from here while both wait for assignment.
 */
export function similarSection(context, item, act) {
  const body = h('div', { id: 'similar' }, h('p', { class: 'muted' }, t('similar.loading')));
  const mergeable = context.has('OFFICE') && item.status === 'REGISTERED' && !item.progress.mergedInto;
  const merge = (found) => (found.status === 'REGISTERED' && !found.mergedInto
    ? h('button', { type: 'button', class: 'secondary', 'data-merge': found.id,
      onclick: (event) => { event.target.disabled = true; act('merge', { items: [found.id] }); } }, t('similar.merge'))
    : null);
  get(`/items/${item.id}/similar`)
    .then((answer) => replace(body, similarLists(context, answer, mergeable ? merge : null)))
    .catch((error) => replace(body, notice(error.message, true)));
  return section(t('similar.title'), body);
}
