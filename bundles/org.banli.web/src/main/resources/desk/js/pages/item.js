// One item: its file, its timeline, and the steps the person looking at it may take now.
import { get, post, query, ApiError } from '../api.js';
import { t, label, values, localize } from '../i18n.js';
import { h, form, section, notice, date, dateTime, daysLeft, replace, showErrors, clearErrors, countyToday } from '../dom.js';
import { progressBar, people } from './lists.js';
import { similarSection } from './similar.js';

const FORM_STEPS = new Set(['HANDLING', 'REHANDLING']);

/** The reply of the item's current handling round, if one was drafted. */
function currentReply(file) {
  return file.replies.filter((reply) => reply.round === file.progress.round).at(-1) || null;
}

export async function itemPage(context, id) {
  const [file, history, leaders] = await Promise.all([get(`/items/${id}`), get(`/items/${id}/history`),
    context.has('OFFICE', 'SUPERVISOR') ? people(context, 'LEADER') : []]);
  const view = h('div', {});
  const render = (item, events, message) => replace(view, page(context, item, events, leaders, message, async (step, body, done) => {
    const updated = await post(`/items/${item.id}/${step}`, body, { version: item.version });
    render(updated, await get(`/items/${item.id}/history`), done);
    context.refreshUnread();
  }));
  render(file, history);
  return view;
}

function page(context, item, history, leaders, message, act) {
  const reply = currentReply(item);
  const who = roleOn(context, item);
  // A deputy reads where their item stands and the reply, then rates it: no internal deadlines.
  const deputy = context.has('SUBMITTER') && !context.has('OFFICE', 'SUPERVISOR', 'HANDLER', 'UNIT_HEAD', 'LEADER', 'ADMIN');
  return h('article', { 'data-item': item.id, 'data-status': item.status },
    h('p', { class: 'muted' }, item.label, ' · ', label('kind', item.kind), item.urgency === 'URGENT' ? ` · ${t('item.urgent')}` : ''),
    h('h1', { id: 'item-title' }, item.keyItem ? h('span', { class: 'tag key' }, t('item.key')) : null, item.title),
    message ? notice(message) : null,
    h('div', { class: 'card' },
      h('dl', { class: 'meta' },
        h('dt', {}, t('col.status')), h('dd', { id: 'item-status' }, label('status', item.status)),
        h('dt', {}, t('col.submitter')), h('dd', {}, item.submitterName || item.submitter),
        h('dt', {}, t('col.host')), h('dd', {}, context.unitName(item.progress.hostUnit)),
        h('dt', {}, t('item.coUnits')), h('dd', {}, item.coUnits.filter((c) => !c.releasedAt).map((c) => context.unitName(c.unitCode)).join('、') || t('common.none')),
        deputy ? null : [h('dt', {}, t('col.deadline')), h('dd', {}, date(item.timing.deadline), ' ', daysLeft(item.timing.daysLeft, item.timing.overdue, item.timing.atRisk))],
        item.category ? [h('dt', {}, t('item.category')), h('dd', {}, item.category)] : null,
        item.leadingOfficial ? [h('dt', {}, t('item.leading')), h('dd', {}, item.leadingOfficialName || item.leadingOfficial)] : null,
        h('dt', {}, t('item.registered')), h('dd', {}, dateTime(item.registeredAt)),
        intakeRows(context, item.intake)),
      context.has('SUBMITTER') ? progressBar(item.status) : null),
    section(t('item.body'), h('p', { class: 'pre', id: 'item-body' }, item.body)),
    deputy ? null : similarSection(context, item, act),
    deputy ? null : timingSection(item),
    deputy ? replySection(context, item, reply) : null,
    actions(context, item, reply, who, leaders, act),
    deputy ? null : replySection(context, item, reply),
    item.contacts.length ? section(t('item.contacts'), item.contacts.map((c) => contactView(context, c))) : null,
    item.coUnits.some((c) => c.opinion) ? section(t('item.opinions'), item.coUnits.filter((c) => c.opinion).map((c) =>
      h('div', {}, h('h3', {}, context.unitName(c.unitCode), ' · ', dateTime(c.opinionAt)), h('p', { class: 'pre' }, c.opinion)))) : null,
    item.requests.length ? section(t('item.requests'), item.requests.map((r) => h('p', {},
      h('span', { class: 'tag' }, r.kind === 'RETURN' ? t('step.returnRequest') : t('step.extension')), ' ',
      context.unitName(r.unitCode), '：', r.reason, r.requestedDate ? ` → ${date(r.requestedDate)}` : '',
      ' · ', r.approved == null ? '…' : r.approved ? t('common.approve') : t('common.refuse'),
      r.decisionReason ? `（${r.decisionReason}）` : ''))) : null,
    item.ratings.length ? section(t('item.ratings'), item.ratings.map((r) => h('p', {},
      h('span', { class: `tag ${r.satisfaction === 'UNSATISFIED' ? 'bad' : 'good'}` }, label('satisfaction', r.satisfaction)),
      r.flag ? h('span', { class: 'tag warn' }, r.flag) : null, ' ', dateTime(r.at), r.comment ? `：${r.comment}` : ''))) : null,
    item.notices.length ? section(t('item.notices'), item.notices.map((n) => h('p', {},
      context.unitName(n.unitCode), '：', n.text, n.dueDate ? `（${date(n.dueDate)}）` : '',
      n.response ? h('span', { class: 'muted' }, ` → ${n.response}`) : null))) : null,
    item.comments.length ? section(t('item.comments'), item.comments.map((c) => h('p', {}, c.author || '', '：', c.text))) : null,
    item.mergedItems.length ? section(t('item.merged'), item.mergedItems.map((m) => h('p', {}, h('a', { href: `#/items/${m.id}` }, m.label), ' ', m.title))) : null,
    section(t('item.timeline'), h('ol', { class: 'timeline', id: 'timeline' }, history.map((e) => h('li', {},
      h('strong', {}, label('action', e.action)), ' · ', dateTime(e.at), ' · ', e.actorName || e.actor,
      e.toStatus ? ` → ${label('status', e.toStatus)}` : '', e.reason ? h('div', { class: 'muted pre' }, e.reason) : null)))));
}

/** What the office's sheet said of an item that came in a batch: co-submitters, delegation, telephone, proposed units. */
function intakeRows(context, intake) {
  if (!intake) return null;
  const units = (codes) => codes.map((code) => context.unitName(code)).join('、');
  return [
    ['item.coSubmitters', intake.coSubmitters.join('、')], ['item.delegation', intake.delegation], ['item.phone', intake.phone],
    ['item.submittedOn', intake.submittedOn ? date(intake.submittedOn) : null],
    ['item.proposedHost', intake.proposedHost ? context.unitName(intake.proposedHost) : null],
    ['item.proposedCo', units(intake.proposedCoUnits)],
  ].filter(([, value]) => value).map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]);
}

function timingSection(item) {
  const timing = item.timing;
  const rows = [['timing.firstContact', timing.firstContactBy], ['timing.returnUntil', timing.returnUntil],
    ['timing.coUnits', timing.coUnitOpinionsBy], ['timing.latestExtension', timing.latestExtension], ['timing.ratingBy', timing.ratingBy]]
    .filter(([, value]) => value);
  return section(t('item.timing'),
    timing.warnings.length ? h('p', { id: 'warnings' }, timing.warnings.map((w) => h('span', { class: 'tag warn', title: localize(w.message) }, label('warning', w.kind)))) : null,
    h('dl', { class: 'meta' }, rows.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, date(value))])));
}

/** How the person relates to this item: office, host unit, co-unit, head of the host, its submitter… */
function roleOn(context, item) {
  const unit = context.me.unitCode;
  const co = item.coUnits.find((c) => !c.releasedAt && c.unitCode === unit);
  return {
    office: context.has('OFFICE'),
    supervisor: context.has('SUPERVISOR'),
    host: Boolean(unit) && item.progress.hostUnit === unit && context.has('HANDLER', 'UNIT_HEAD'),
    hostHandler: Boolean(unit) && item.progress.hostUnit === unit && context.has('HANDLER'),
    head: Boolean(unit) && item.progress.hostUnit === unit && context.has('UNIT_HEAD'),
    co: co && context.has('HANDLER', 'UNIT_HEAD') ? co : null,
    submitter: context.has('SUBMITTER') && item.submitter === context.me.username,
    leader: context.has('LEADER'),
  };
}

function unitOptions(context) {
  return [...context.units].map(([code, name]) => [code, name]);
}

/** The steps open to this person now, each a small form; the server decides, these only spare a wasted click. */
function actions(context, item, reply, who, leaders, act) {
  const s = item.status;
  const pending = (kind) => item.requests.find((r) => r.kind === kind && r.approved == null);
  const step = (key, name, fields, body, submitLabel) => h('div', { class: 'step', 'data-step': name },
    h('h3', {}, t(key)),
    form(fields, submitLabel || t(key), (v) => act(name, body ? body(v) : v, `${t(key)} · ${t('common.done')}`)));
  const yesNo = [['true', t('common.approve')], ['false', t('common.refuse')]];
  const list = [];
  if (who.office) {
    if (['REGISTERED', 'ASSIGNED', 'HANDLING'].includes(s) && !pending('RETURN')) {
      list.push(step(s === 'REGISTERED' ? 'step.assign' : 'step.reassign', 'assign', [
        { name: 'hostUnit', label: t('step.host'), type: 'select', required: true, options: unitOptions(context), value: item.progress.hostUnit },
        { name: 'coUnits', label: t('step.co'), type: 'checkboxes', options: unitOptions(context),
          value: item.coUnits.filter((c) => !c.releasedAt).map((c) => c.unitCode) },
        { name: 'replyBy', label: t('assign.replyBy'), type: 'date', hint: t('assign.replyByHint') },
        { name: 'reason', label: t('common.reason') }]));
    }
    if (pending('RETURN')) {
      list.push(step('step.returnDecision', 'return-decision', [
        { name: 'approve', label: t('step.returnDecision'), type: 'radios', options: yesNo },
        { name: 'hostUnit', label: t('step.host'), type: 'select', options: unitOptions(context) },
        { name: 'coUnits', label: t('step.co'), type: 'checkboxes', options: unitOptions(context) },
        { name: 'reason', label: t('common.reason') }], (v) => ({ ...v, approve: v.approve === 'true' })));
    }
    if (pending('EXTENSION')) {
      list.push(step('step.extensionDecision', 'extension-decision', [
        { name: 'approve', label: t('step.extensionDecision'), type: 'radios', options: yesNo },
        { name: 'until', label: t('step.until'), type: 'date', value: pending('EXTENSION').requestedDate },
        { name: 'reason', label: t('common.reason') }], (v) => ({ ...v, approve: v.approve === 'true' })));
    }
    if (s === 'UNDER_REVIEW') {
      list.push(step('step.review', 'reply-review', [
        { name: 'accept', label: t('step.review'), type: 'radios', options: [['true', t('step.acceptReply')], ['false', t('step.returnReply')]] },
        { name: 'remark', label: t('common.remark'), type: 'textarea', rows: 3 }], (v) => ({ ...v, accept: v.accept === 'true' })));
    }
    if (s === 'REGISTERED') {
      // Other items still waiting for assignment, of this year: the ones a merge may take in.
      const mergeable = (number) => get(`/items${query({ status: 'REGISTERED', kind: item.kind, year: item.year, number, total: false })}`)
        .then((page) => page.items.filter((other) => other.id !== item.id));
      list.push(step('step.merge', 'merge', [{ name: 'items', label: t('step.mergeItems'), type: 'items', search: mergeable },
        { name: 'reason', label: t('common.reason') }]));
    }
    if (s === 'CONSULTATION') {
      list.push(step('step.consultation', 'consultation', [{ name: 'date', label: t('common.date'), type: 'date' },
        { name: 'participants', label: t('step.participants') }, { name: 'summary', label: t('step.summary'), type: 'textarea' }]));
    }
    if (s === 'REPLIED') list.push(step('step.close', 'close', [{ name: 'reason', label: t('common.reason') }]));
    list.push(step('step.disclosure', 'disclosure', [{ name: 'publicReply', label: t('item.public'), type: 'checkbox', value: item.publicReply },
      { name: 'reason', label: t('common.reason') }]));
  }
  if (who.office || who.supervisor) {
    list.push(step('step.keyItem', 'key-item', [{ name: 'keyItem', label: t('item.key'), type: 'checkbox', value: item.keyItem },
      { name: 'leadingOfficial', label: t('form.leading'), type: 'person', people: leaders, value: item.leadingOfficial }, { name: 'reason', label: t('common.reason') }]));
  }
  if (who.supervisor && item.progress.hostUnit && s !== 'CLOSED') {
    const involved = [item.progress.hostUnit, ...item.coUnits.filter((c) => !c.releasedAt).map((c) => c.unitCode)];
    list.push(step('step.notice', 'notices', [
      { name: 'unitCode', label: t('common.unit'), type: 'select', required: true, options: involved.map((c) => [c, context.unitName(c)]) },
      { name: 'text', label: t('step.noticeText'), type: 'textarea', rows: 3 }, { name: 'dueDate', label: t('step.due'), type: 'date' }]));
  }
  if (who.leader && item.keyItem) list.push(step('step.commentKey', 'comments', [{ name: 'text', label: t('step.commentKey'), type: 'textarea', rows: 3 }]));
  if ((who.host && s === 'ASSIGNED') || (who.co && !who.co.acceptedAt)) list.push(step('step.accept', 'accept', [], () => ({})));
  if ((who.host || who.co) && ['ASSIGNED', 'HANDLING'].includes(s) && !pending('RETURN')) {
    list.push(step('step.returnRequest', 'return-request', [{ name: 'reason', label: t('common.reason'), type: 'textarea', rows: 3 }]));
  }
  if (who.host && !['REGISTERED', 'ASSIGNED', 'CLOSED'].includes(s)) {
    list.push(step('step.contact', 'contacts', [
      { name: 'phase', label: t('step.phase'), type: 'select', required: true, options: values('phase').filter((p) => p !== 'CONSULTATION').map((p) => [p, label('phase', p)]) },
      { name: 'method', label: t('step.method'), type: 'select', required: true, options: values('method').map((m) => [m, label('method', m)]) },
      { name: 'date', label: t('common.date'), type: 'date', value: countyToday(context) },
      { name: 'participants', label: t('step.participants') },
      { name: 'summary', label: t('step.summary'), type: 'textarea', rows: 3 }]));
  }
  if (who.co && who.co.acceptedAt && !who.co.opinion && FORM_STEPS.has(s)) {
    list.push(step('step.opinion', 'co-unit-opinion', [{ name: 'opinion', label: t('step.opinionText'), type: 'textarea' }]));
  }
  if (who.co && reply && ['DRAFT', 'APPROVED'].includes(reply.state) && !reply.countersignedBy.includes(context.me.unitCode)) {
    list.push(step('step.countersign', 'countersign', [], () => ({})));
  }
  if (who.hostHandler && FORM_STEPS.has(s) && !pending('EXTENSION')) {
    list.push(step('step.extension', 'extension-request', [{ name: 'until', label: t('step.until'), type: 'date' },
      { name: 'reason', label: t('common.reason'), type: 'textarea', rows: 3 }]));
  }
  // An approved draft stays revisable: the handler saves a new draft (which needs approval again), the head sends it back.
  if (who.hostHandler && (FORM_STEPS.has(s) || s === 'REPLY_APPROVED')) list.push(replyEditor(context, item, reply, act));
  const awaitsHead = reply && ((FORM_STEPS.has(s) && reply.state === 'DRAFT') || (s === 'REPLY_APPROVED' && reply.state === 'APPROVED'));
  if (who.head && awaitsHead) {
    if (reply.state === 'DRAFT') list.push(step('step.approve', 'reply-approval', [], () => ({})));
    list.push(step('step.sendBack', 'reply-send-back', [{ name: 'remark', label: t('reply.remark'), type: 'textarea', rows: 3 }]));
  }
  if (who.hostHandler && s === 'REPLY_APPROVED') list.push(submitStep(item, act));
  if (who.host && s === 'FOLLOW_UP' && reply) {
    for (const c of reply.commitments.filter((c) => !c.doneOn)) {
      list.push(step('step.progress', 'commitment-progress', [
        { name: 'doneOn', label: t('step.doneOn'), type: 'date' }, { name: 'progress', label: `${t('step.progressText')}：${c.text}`, type: 'textarea', rows: 2 }],
      (v) => ({ ...v, commitmentId: c.id })));
    }
  }
  if (who.host || who.co) {
    for (const n of item.notices.filter((n) => !n.response && n.unitCode === context.me.unitCode)) {
      list.push(step('step.respond', 'notice-response', [{ name: 'response', label: `${t('step.response')}：${n.text}`, type: 'textarea', rows: 3 }],
        (v) => ({ ...v, noticeId: n.id })));
    }
  }
  if (who.submitter) {
    for (const c of item.contacts.filter((c) => c.confirmed == null)) {
      list.push(step('step.confirmContact', 'contact-confirmation', [
        { name: 'confirmed', label: `${label('phase', c.phase)} · ${label('method', c.method)} · ${date(c.date)}：${c.summary || ''}`, type: 'radios',
          options: [['true', t('step.confirm')], ['false', t('step.dispute')]] },
        { name: 'remark', label: t('common.remark') }], (v) => ({ ...v, contactId: c.id, confirmed: v.confirmed === 'true' })));
    }
    if (s === 'REPLIED') list.push(ratingStep(context, act));
  }
  // Only what the server would accept from this person now (item.steps): the forms above only fill in the details.
  const possible = list.filter((element) => item.steps.includes(element.dataset.step));
  return possible.length ? section(t('item.actions'), h('div', { class: 'grid', id: 'actions' }, possible)) : null;
}

function ratingStep(context, act) {
  const options = values('satisfaction').map((v) => [v, label('satisfaction', v)]);
  const fields = context.rules?.twoAxisRating
    ? [{ name: 'process', label: t('step.process'), type: 'radios', options }, { name: 'result', label: t('step.result'), type: 'radios', options }]
    : [{ name: 'satisfaction', label: t('step.satisfaction'), type: 'radios', options }];
  fields.push({ name: 'comment', label: t('step.comment'), type: 'textarea', rows: 3 });
  return h('div', { class: 'step', 'data-step': 'rating' }, h('h3', {}, t('step.rate')),
    form(fields, t('step.rate'), (v) => act('rating', v, `${t('step.rate')} · ${t('common.done')}`)));
}

/** The host's reply editor: saving a draft shows at once what the format check would refuse at submission. */
function replyEditor(context, item, reply, act) {
  const rules = context.rules || { replyClasses: ['A', 'B', 'C', 'D'], minimumReplyLength: 0 };
  const classes = ['A', 'B', 'C', 'D'].filter((c) => rules.replyClasses.includes(c)).map((c) => [c, label('replyClass', c)]);
  const commitments = h('div', { class: 'commitments' });
  const addCommitment = (text = '', due = '') => {
    const row = h('div', { class: 'commitment-row' },
      h('input', { type: 'text', 'aria-label': t('step.commitment'), value: text, class: 'commitment-text' }),
      h('input', { type: 'date', 'aria-label': t('step.due'), value: due || '', class: 'commitment-due' }),
      h('button', { type: 'button', class: 'secondary', onclick: () => row.remove() }, t('step.remove')));
    commitments.append(row);
  };
  (reply?.commitments || []).forEach((c) => addCommitment(c.text, c.dueDate));
  const count = h('p', { class: 'hint', 'aria-live': 'polite' });
  const counted = (input) => {
    const length = input.value.trim().length;
    count.textContent = t('step.minLength', rules.minimumReplyLength, length);
    count.classList.toggle('short', length > 0 && length < rules.minimumReplyLength);
  };
  const editor = form([
    { name: 'replyClass', label: t('step.replyClass'), type: 'select', required: true, options: classes, value: reply?.replyClass },
    { name: 'limitReason', label: t('step.limitReason'), type: 'select', options: values('limitReason').map((r) => [r, label('limitReason', r)]), value: reply?.limitReason },
    { name: 'text', label: t('step.text'), type: 'textarea', rows: 10, required: true, value: reply?.text, oninput: counted },
    { name: 'contactPerson', label: t('step.contactPerson'), value: reply?.contactPerson },
    { name: 'contactPhone', label: t('step.contactPhone'), value: reply?.contactPhone },
    { name: 'copyTo', label: t('step.copyTo'), value: reply?.copyTo },
  ], t('step.saveDraft'), async (v) => {
    const rows = [...commitments.querySelectorAll('.commitment-row')].map((row) => ({
      text: row.querySelector('.commitment-text').value.trim(), dueDate: row.querySelector('.commitment-due').value || null,
    })).filter((c) => c.text);
    await act('reply-draft', { ...v, commitments: rows }, `${t('step.saveDraft')} · ${t('common.saved')}`);
  });
  const textField = editor.querySelector('[data-field="text"]');
  textField.append(count);
  counted(textField.querySelector('textarea'));
  const commitmentField = h('div', { class: 'field', 'data-field': 'commitments' }, h('h4', {}, t('step.commitments')), commitments,
    h('button', { type: 'button', class: 'secondary', onclick: () => addCommitment() }, t('step.addCommitment')),
    h('p', { class: 'field-error', role: 'alert' }));
  editor.querySelector('[data-field="copyTo"]').after(commitmentField);
  const check = h('div', { id: 'reply-check' });
  if (reply && reply.state === 'DRAFT') showCheck(item, editor, check);
  // The reply is the unit's longest text: its editor takes the whole width of the steps.
  return h('div', { class: 'step wide', 'data-step': 'reply-draft' }, h('h3', {}, t('step.draft')), check, editor);
}

/** Runs the format check of the saved draft and puts each failure next to its field. */
async function showCheck(item, editor, slot) {
  const failures = await get(`/items/${item.id}/reply-check`);
  clearErrors(editor);
  if (!failures.length) {
    replace(slot, notice(t('step.checkOk')));
    return;
  }
  showErrors(editor, new ApiError(422, { errors: failures }));
  replace(slot, h('div', { class: 'notice error', role: 'status' }, h('strong', {}, t('step.check')),
    h('ul', {}, failures.map((f) => h('li', {}, localize(f.message))))));
}

function submitStep(item, act) {
  const slot = h('div', {});
  const submission = form([], t('step.submitReply'), () => act('reply-submission', {}, `${t('step.submitReply')} · ${t('common.done')}`));
  get(`/items/${item.id}/reply-check`).then((failures) => {
    if (failures.length) replace(slot, h('div', { class: 'notice error' }, h('strong', {}, t('step.check')), h('ul', {}, failures.map((f) => h('li', {}, localize(f.message))))));
  });
  return h('div', { class: 'step', 'data-step': 'reply-submission' }, h('h3', {}, t('step.submitReply')), slot, submission);
}

function replySection(context, item, reply) {
  const shown = reply || item.replies.at(-1);
  if (!shown) return null;
  return section(t('item.reply'),
    h('p', {}, h('span', { class: 'tag' }, label('replyClass', shown.replyClass)), ' ', h('span', { class: 'tag' }, t(`replyState.${shown.state}`)),
      shown.approvedBy ? ` · ${t('reply.approvedBy')} ${shown.signer || shown.approvedBy}` : '',
      shown.countersignedBy.length ? ` · ${t('reply.countersigned')} ${shown.countersignedBy.map((c) => context.unitName(c)).join('、')}` : ''),
    // A remark that sent the draft back is a thing to fix; the office's word on an accepted reply is not.
    shown.remark ? h('p', { class: shown.state === 'DRAFT' ? 'notice error' : 'notice' }, t('reply.remark'), '：', shown.remark) : null,
    h('div', { class: 'pre', id: 'reply-text' }, shown.text),
    shown.commitments.length ? h('ul', {}, shown.commitments.map((c) => h('li', {}, c.text, ' · ', date(c.dueDate),
      c.doneOn ? h('span', { class: 'tag good' }, `${t('common.done')} ${date(c.doneOn)}`) : null))) : null,
    h('p', {}, shown.signer ? `${t('step.signer')}：${shown.signer}` : '', shown.contactPerson ? `　${t('step.contactPerson')}：${shown.contactPerson} ${shown.contactPhone || ''}` : ''),
    shown.state === 'ACCEPTED' ? h('p', { class: 'letter' },
      h('a', { href: `/api/v1/reports/reply-letter?format=html&inline=true&item=${item.id}`, target: '_blank', rel: 'noopener' }, t('item.letter')),
      ' · ', h('a', { href: `/api/v1/reports/reply-letter?format=pdf&item=${item.id}` }, t('item.letterPdf')),
      ' · ', h('a', { href: `/api/v1/reports/reply-letter?format=docx&item=${item.id}` }, t('item.letterDocx'))) : null);
}

function contactView(context, c) {
  const state = c.confirmed == null ? h('span', { class: 'tag warn' }, t('contact.open'))
    : c.confirmed ? h('span', { class: 'tag good' }, t('contact.confirmed')) : h('span', { class: 'tag bad' }, t('contact.disputed'));
  return h('div', { class: 'contact' }, h('h3', {}, label('phase', c.phase), ' · ', label('method', c.method), ' · ', date(c.date), ' ', state),
    h('p', { class: 'pre' }, c.summary || ''), c.participants ? h('p', { class: 'muted' }, c.participants) : null,
    c.submitterRemark ? h('p', { class: 'muted' }, t('common.remark'), '：', c.submitterRemark) : null);
}
