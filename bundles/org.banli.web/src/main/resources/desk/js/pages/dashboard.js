// Supervisors, leaders and the office at a glance: what is late, what is close, how each unit stands.
import { get, query } from '../api.js';
import { t } from '../i18n.js';
import { h, itemTable, section, countyYear } from '../dom.js';

const SHOWN = ['REPLY_RATE', 'ON_TIME_RATE', 'MEETING_RATE', 'SATISFACTION_RATE', 'COMPLETION_RATE', 'STANDARDIZATION'];

export async function dashboardPage(context) {
  const year = countyYear(context);
  const list = (params) => get(`/items${query({ ...params, size: 50 })}`);
  const whole = context.has('SUPERVISOR', 'OFFICE', 'LEADER', 'ADMIN');
  const [overdue, atRisk, key, flagged, metrics] = await Promise.all([
    list({ overdue: true }), list({ overdue: false, dueWithin: context.rules.atRiskDays }), list({ keyItem: true }),
    whole ? list({ flaggedRating: true }) : null, get(`/assessments/metrics${query({ year })}`)]);
  const count = (page) => h('strong', {}, String(page.total));
  return h('div', {}, h('h1', {}, `${t('dash.title')} · ${year}`),
    h('div', { class: 'figures', id: 'figures' },
      h('div', { class: 'figure overdue', 'data-figure': 'overdue' }, count(overdue), t('dash.overdue')),
      h('div', { class: 'figure', 'data-figure': 'at-risk' }, count(atRisk), t('dash.atRisk', context.rules.atRiskDays)),
      h('div', { class: 'figure', 'data-figure': 'key' }, count(key), t('dash.key')),
      flagged ? h('div', { class: 'figure', 'data-figure': 'flagged' }, count(flagged), t('dash.flagged')) : null),
    section(t('dash.figures'), metrics.length ? [chart(metrics), figuresTable(metrics)] : h('p', { class: 'muted' }, t('common.empty'))),
    section(t('dash.overdue'), itemTable(overdue.items, context.unitName)),
    section(t('dash.atRisk', context.rules.atRiskDays), itemTable(atRisk.items, context.unitName)),
    section(t('dash.key'), itemTable(key.items, context.unitName)),
    flagged ? section(t('dash.flagged'), itemTable(flagged.items, context.unitName)) : null);
}

function rate(ratio) {
  return ratio && ratio.denominator ? ratio.numerator / ratio.denominator : null;
}

function percent(ratio) {
  const value = rate(ratio);
  return value == null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** One bar group per unit: reply, satisfaction and meeting rates, drawn as SVG (no library, no request elsewhere). */
function chart(metrics) {
  const bars = [['REPLY_RATE', '#0b5cad'], ['SATISFACTION_RATE', '#1e6b35'], ['MEETING_RATE', '#9f1d20']];
  const rowHeight = 22 * bars.length + 14;
  const width = 640;
  const left = 150;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const add = (parent, tag, attributes, text) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text != null) node.textContent = text;
    parent.append(node);
    return node;
  };
  svg.setAttribute('viewBox', `0 0 ${width} ${metrics.length * rowHeight + 30}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('dash.figures'));
  bars.forEach(([metric, colour], i) => {
    add(svg, 'rect', { x: left + i * 150, y: 4, width: 12, height: 12, fill: colour });
    add(svg, 'text', { x: left + i * 150 + 16, y: 14 }, t(`metric.${metric}`));
  });
  metrics.forEach((unit, row) => {
    const top = 30 + row * rowHeight;
    add(svg, 'text', { x: 0, y: top + rowHeight / 2 }, unit.unitName);
    bars.forEach(([metric, colour], i) => {
      const value = rate(unit.all[metric]);
      const length = (width - left - 60) * (value || 0);
      const bar = add(svg, 'rect', { x: left, y: top + i * 22, width: Math.max(length, 1), height: 18, fill: colour });
      add(bar, 'title', {}, `${unit.unitName} ${t(`metric.${metric}`)} ${percent(unit.all[metric])}`);
      add(svg, 'text', { x: left + length + 4, y: top + i * 22 + 14 }, percent(unit.all[metric]));
    });
  });
  return svg;
}

function figuresTable(metrics) {
  return h('table', { class: 'list', id: 'unit-figures' },
    h('thead', {}, h('tr', {}, h('th', {}, t('common.unit')), h('th', {}, t('dash.total')), SHOWN.map((m) => h('th', {}, t(`metric.${m}`))))),
    h('tbody', {}, metrics.map((unit) => h('tr', { 'data-unit': unit.unitCode },
      h('td', { 'data-label': t('common.unit') }, unit.unitName),
      h('td', { 'data-label': t('dash.total') }, String(unit.all.HANDLED_COUNT?.numerator ?? 0)),
      SHOWN.map((m) => h('td', { 'data-label': t(`metric.${m}`), title: ratioText(unit.all[m]) }, percent(unit.all[m])))))));
}

function ratioText(ratio) {
  return ratio ? `${ratio.numerator}/${ratio.denominator}` : '';
}
