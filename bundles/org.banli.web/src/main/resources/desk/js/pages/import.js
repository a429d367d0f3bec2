// The office brings in the year's batch from the congress or CPPCC office's spreadsheet: upload, preview, confirm.
import { request, streamed, query } from '../api.js';
import { t, label, values } from '../i18n.js';
import { h, form, notice, replace, countyYear } from '../dom.js';
import { similarLists } from './similar.js';

const upload = (path, file) => request('POST', path, file);

export async function importPage(context) {
  const result = h('div', { id: 'import-result' });
  const choose = form([
    { name: 'kind', label: t('form.kind'), type: 'select', required: true, value: 'SUGGESTION',
      options: values('kind').map((k) => [k, label('kind', k)]) },
    { name: 'year', label: t('form.year'), type: 'number', value: countyYear(context) },
    { name: 'file', label: t('import.file'), type: 'file', accept: '.xlsx,.csv', required: true, hint: t('import.hint') },
  ], t('import.preview'), async (v) => {
    if (!v.file) throw new Error(t('import.noFile'));
    // Previewed again with accounts for the submitters who have none, once the office asks for them.
    const run = async (createSubmitters) => {
      const params = query({ name: v.file.name, kind: v.kind, year: v.year, createSubmitters: createSubmitters || null });
      const bar = h('progress', { id: 'import-progress', max: '1', value: '0' });
      const said = h('span', { id: 'import-progress-text' }, t('import.sending'));
      replace(result, h('section', { class: 'card', role: 'status' }, bar, ' ', said));
      const preview = await streamed('POST', `/imports/preview${params}`, v.file, ({ stage, done, total }) => {
        bar.max = String(total || 1);
        bar.value = String(done);
        said.textContent = t(`import.stage.${stage}`, done, total);
      });
      replace(result, shown(context, preview, {
        confirm: async () => {
          const done = await upload(`/imports${params}`, v.file);
          replace(result, shown(context, done, {}));
        },
        createSubmitters: createSubmitters ? null : () => run(true),
      }));
    };
    await run(false);
  });
  const templates = h('p', { id: 'import-templates' }, t('import.templates'), ' ',
    values('kind').map((k) => [h('a', { href: `/api/v1/imports/template?kind=${k}`, download: '' }, label('kind', k)), ' ']));
  return h('div', {}, h('h1', {}, t('import.title')), h('div', { class: 'card' }, templates, choose), result);
}

/**
 * A preview, or the outcome of an import: the counts, every problem, every row; the confirmation when nothing is
 * wrong, and the offer to make accounts for submitters who have none.
 */
function shown(context, preview, { confirm, createSubmitters }) {
  const summary = preview.confirmed
    ? t('import.done', preview.newRows, preview.alreadyRegistered)
    : t('import.summary', preview.rows.length, preview.newRows, preview.alreadyRegistered);
  const problems = preview.problems.length
    ? [notice(t('import.problems', preview.problems.length), true),
      h('ul', { id: 'import-problems', class: 'problems' }, preview.problems.map((p) => h('li', {},
        p.row ? t('import.at', p.row, p.column || '', p.message) : p.message)))]
    : null;
  const button = confirm && !preview.problems.length && preview.newRows > 0
    ? h('button', { type: 'button', id: 'import-confirm', onclick: async (event) => {
      event.target.disabled = true;
      try { await confirm(); } catch (error) {
        event.target.disabled = false;
        event.target.after(notice(error.message, true));
      }
    } }, t('import.confirm', preview.newRows))
    : null;
  const yes = (flag) => (flag ? t('common.yes') : '');
  const names = preview.newSubmitters.join('、');
  const newSubmitters = !preview.newSubmitters.length || preview.confirmed ? null
    : createSubmitters
      ? h('p', {}, t('import.noAccount', preview.newSubmitters.length, names), ' ',
        h('button', { type: 'button', id: 'import-create-submitters', onclick: (event) => {
          event.target.disabled = true;
          createSubmitters().catch((error) => { event.target.disabled = false; event.target.after(notice(error.message, true)); });
        } }, t('import.createSubmitters', preview.newSubmitters.length)))
      : notice(t('import.willCreate', preview.newSubmitters.length, names), false);
  const accounts = preview.accounts.length
    ? [notice(t('import.accountsMade', preview.accounts.length), false),
      h('table', { class: 'items', id: 'import-accounts' },
        h('thead', {}, h('tr', {}, ['col.submitter', 'import.account', 'import.temporaryPassword'].map((key) => h('th', {}, t(key))))),
        h('tbody', {}, preview.accounts.map((a) => h('tr', {},
          h('td', {}, a.displayName), h('td', {}, a.username), h('td', {}, h('code', {}, a.temporaryPassword))))))]
    : null;
  return h('section', { class: 'card' },
    h('p', { id: 'import-summary', role: 'status' }, summary), newSubmitters, accounts, problems, button,
    h('div', { class: 'table-wrap' }, h('table', { class: 'items', id: 'import-rows' },
      h('thead', {}, h('tr', {}, ['col.row', 'col.outcome', 'col.label', 'col.title', 'col.submitter', 'col.coSubmitters',
        'col.proposedHost', 'col.proposedCo', 'col.key', 'col.public', 'col.similar'].map((key) => h('th', {}, t(key))))),
      h('tbody', {}, preview.rows.map((r) => h('tr', { 'data-row': r.row, 'data-outcome': r.outcome },
        h('td', {}, String(r.row)),
        h('td', {}, t(preview.confirmed && r.outcome === 'NEW' ? 'outcome.registered' : `outcome.${r.outcome}`)),
        h('td', {}, r.registeredAs || (r.number != null ? String(r.number) : t('import.nextNumber'))),
        h('td', {}, r.title),
        h('td', {}, r.submitterName),
        h('td', {}, r.coSubmitters.join('、')),
        h('td', {}, r.proposedHost ? context.unitName(r.proposedHost) : ''),
        h('td', {}, r.proposedCoUnits.map((code) => context.unitName(code)).join('、')),
        h('td', {}, yes(r.keyItem)),
        h('td', {}, yes(r.publicReply)),
        h('td', { class: 'similar-cell' }, similarOf(context, preview, r.row))))))));
}

/** What a row is like: other rows of the sheet, then registered items; nothing said when nothing is alike. */
function similarOf(context, preview, row) {
  const found = (preview.similar || []).find((s) => s.row === row);
  if (!found) return null;
  const { duplicates, otherYears } = found.registered;
  // Folded, so that the sheet's own columns keep their width; the counts say whether opening it is worth it.
  return [found.duplicateRows.length ? h('span', { class: 'tag warn' }, t('similar.rows', found.duplicateRows.join('、'))) : null,
    duplicates.length || otherYears.length || !found.registered.complete
      ? h('details', {}, h('summary', {}, t('similar.found', duplicates.length, otherYears.length)),
        similarLists(context, found.registered))
      : null];
}
