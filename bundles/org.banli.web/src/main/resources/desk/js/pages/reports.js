// Reports in every installed format, and the assessment ranking with each unit's explanation.
import { get, query } from '../api.js';
import { t, language } from '../i18n.js';
import { h, form, section, replace, countyYear } from '../dom.js';

export async function reportsPage(context) {
  const catalogue = await get('/reports');
  const link = h('p', { id: 'report-link' });
  const year = countyYear(context);
  const chooser = form([
    { name: 'report', label: t('reports.report'), type: 'select', required: true,
      options: catalogue.reports.map((r) => [r.id, language() === 'zh' ? r.name : r.englishName]) },
    { name: 'format', label: t('reports.format'), type: 'select', required: true, options: catalogue.formats.map((f) => [f.id, f.id.toUpperCase()]) },
    { name: 'year', label: t('common.year'), type: 'number', value: year },
    { name: 'item', label: t('reports.item'), type: 'item',
      search: (number) => get(`/items${query({ year: chooser.querySelector('[name=year]').value, number, total: false })}`).then((page) => page.items) },
  ], t('reports.download'), (v) => {
    const href = `/api/v1/reports/${encodeURIComponent(v.report)}${query({ format: v.format, year: v.year, item: v.item })}`;
    // A plain link: the browser downloads with the session cookie and the file name Banli gives.
    const anchor = h('a', { href, download: '' }, t('reports.download'), ' ', v.report, '.', v.format);
    replace(link, anchor);
    anchor.click();
  });
  return h('div', {}, h('h1', {}, t('reports.title')), h('div', { class: 'card' }, chooser, link));
}

export async function assessmentPage(context) {
  const rules = await get('/assessments/rules');
  const year = countyYear(context);
  const result = h('div', { id: 'ranking' });
  const show = async (v) => {
    const assessment = await get(`/assessments${query({ year: v.year || year, rule: v.rule })}`);
    replace(result, section(`${assessment.year} · ${assessment.ruleName}`,
      h('table', { class: 'list' },
        h('thead', {}, h('tr', {}, h('th', {}, t('assess.rank')), h('th', {}, t('common.unit')), h('th', {}, t('assess.score')), h('th', {}, t('assess.why')))),
        h('tbody', {}, assessment.ranking.map((r) => h('tr', { 'data-unit': r.unitCode },
          h('td', { 'data-label': t('assess.rank') }, String(r.rank)),
          h('td', { 'data-label': t('common.unit') }, r.unitName || context.unitName(r.unitCode)),
          h('td', { 'data-label': t('assess.score') }, String(r.score)),
          h('td', { 'data-label': t('assess.why') }, h('ul', {}, r.explanation.map((line) => h('li', {}, `${line.points}：${line.reason}`))))))))));
  };
  const chooser = form([
    { name: 'year', label: t('common.year'), type: 'number', value: year },
    { name: 'rule', label: t('assess.rule'), type: 'select', required: true, options: rules.map((r) => [r.id, r.name]) },
  ], t('common.filter'), show);
  await show({ year, rule: rules[0]?.id });
  return h('div', {}, h('h1', {}, t('assess.title')), h('div', { class: 'card' }, chooser), result);
}
