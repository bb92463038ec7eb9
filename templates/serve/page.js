// gbt27922 serve: the page's script. Plain DOM, no library: the server sends the questions, the
// answers, the words and the scored result as data; this lays them out, sends each change, and shows
// what the server answers. Text is only ever set as textContent, never parsed as HTML.
'use strict';

// values: the file as the page last knew it (the base of every edit); dirty: the items with an edit
// not yet saved, each with a count of its edits, so a save only clears the edits made before it.
const state = { hash: '', words: {}, form: null, values: null, readOnly: null, lang: 'zh', queue: Promise.resolve(), dirty: new Map(), refused: new Map(), choosing: new Set() };
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const langQuery = params.get('lang') ? `?lang=${params.get('lang') === 'en' ? 'en' : 'zh'}` : '';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

const safeId = (id) => id.replace(/[^A-Za-z0-9_-]/g, '_');

// ---- talking to the server ----

async function load(reason) {
  const response = await fetch(`/api/state${langQuery}`, { cache: 'no-store' });
  if (!response.ok) return showAlert(await response.text());
  apply(await response.json(), true);
  if (reason) showAlert(reason, 'info');
}

/** Changes go one after another, each against the hash the previous one left. */
function send(change, where) {
  const key = keyOf(change);
  // While both sides of an item are shown, only the person's choice saves it (not leaving the field).
  if (state.readOnly || state.choosing.has(key)) return Promise.resolve();
  const edit = touch(key);
  setStatus(state.words.saving);
  state.queue = state.queue.then(() => post(change, where, key, edit, 0));
  return state.queue;
}

async function post(change, where, key, edit, tries) {
  let response;
  try {
    response = await fetch(`/api/change${langQuery}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hash: state.hash, change }) });
  } catch {
    return showAlert(state.words.connectionLost);
  }
  const body = await response.json().catch(() => null);
  if (!body) return showAlert(state.words.refused.replace('{status}', response.status));
  if (response.ok) {
    state.hash = body.hash;
    state.values = body.values;
    if (state.dirty.get(key) === edit) state.dirty.delete(key);
    state.refused.delete(key);
    clearConflict(key);
    hideAlert();
    clearProblem(where);
    setStatus(savedText());
    renderResult(body.result);
    return;
  }
  if (response.status === 409 && body.codes && body.codes.includes('SERVE_STALE')) {
    // Made against an older file. Nothing is overwritten: the new file is merged in; when this item
    // is the same there as when the edit began, the change is made again on top of it, else the
    // person chooses.
    state.refused.set(key, change);
    const conflicts = merge(body);
    setStatus('');
    if (conflicts && !conflicts.has(key) && tries < 3) return post(change, where, key, edit, tries + 1);
    if (conflicts) return tellMerged(conflicts);
    return;
  }
  if (response.status === 422) {
    // The loader refused it with the codes `score` would give; the control goes back to the file's value.
    state.dirty.delete(key);
    merge(body);
    fillUnit(key);
    showProblem(where, `${state.words.notShownInvalid}\n${body.problems.join('\n')}`);
    setStatus('');
    return;
  }
  merge(body);
  setStatus('');
  showAlert(body.problems ? body.problems.join('\n') : `HTTP ${response.status}`);
}

function savedText() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return state.words.saved.replace('{time}', `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`);
}

/** A new state from the server: redrawn when the questions or the file's content changed under the page. */
function apply(body, redraw) {
  const first = !state.form;
  state.hash = body.hash;
  state.words = body.words || state.words;
  state.lang = body.lang || state.lang;
  state.file = body.file;
  state.readOnly = body.readOnly;
  state.values = body.values;
  if (body.start) {
    state.form = null;
    renderStart();
    renderResult(null);
    return renderReadOnly();
  }
  if (first || redraw || JSON.stringify(body.form) !== JSON.stringify(state.form)) {
    state.form = body.form;
    renderAll();
  } else if (body.values) {
    fillValues();
  }
  renderResult(body.result);
  renderReadOnly();
}

/**
 * The server tells every page of each new content of the file (its hash), whoever wrote it: another
 * tab, the questionnaire, `sheet import`, an editor. After a lost connection, and when the page comes
 * back to the front, it asks for the hash itself, in case it missed one.
 */
function listen() {
  const events = new EventSource('/api/events');
  let opened = false;
  const hashOf = (event) => {
    try {
      return JSON.parse(event.data).hash || '';
    } catch {
      return '';
    }
  };
  events.addEventListener('changed', (event) => refresh(hashOf(event), () => state.words.changedOutside));
  events.addEventListener('lock', () => refresh('', () => state.words.lockFree, true));
  events.onopen = () => {
    if (opened) refresh('', () => state.words.changedOutside);
    opened = true;
  };
  events.onerror = () => {
    if (events.readyState === EventSource.CLOSED) showAlert(state.words.connectionLost);
  };
  const check = async () => {
    if (document.visibilityState === 'hidden' || !state.form) return;
    const response = await fetch('/api/revision', { cache: 'no-store' }).catch(() => null);
    const body = response && response.ok ? await response.json().catch(() => null) : null;
    if (body && body.hash) refresh(body.hash, () => state.words.changedOutside);
  };
  window.addEventListener('focus', check);
  document.addEventListener('visibilitychange', check);
}

/** After the saves under way: the new file merged in, unless it is the one this page already has. */
function refresh(hash, reason, force) {
  state.queue = state.queue.then(async () => {
    if (!force && hash && hash === state.hash) return;
    const response = await fetch(`/api/state${langQuery}`, { cache: 'no-store' }).catch(() => null);
    const body = response && response.ok ? await response.json().catch(() => null) : null;
    if (!body || (!force && body.hash === state.hash)) return;
    const conflicts = merge(body);
    if (conflicts && conflicts.size > 0) tellMerged(conflicts);
    else if (!state.readOnly) showAlert(reason(), 'info');
  });
}

/**
 * A new file from the server, merged into what the page shows: an item nobody is editing here takes
 * the file's value; an item edited here and not yet saved keeps the edit, and where the file's value
 * changed too, both are shown and the person chooses. Returns the items in conflict, or null when the
 * questions themselves changed (another catalogue) and the page was drawn again.
 */
function merge(body) {
  const before = state.values;
  if (!before || body.start || !body.values || JSON.stringify(body.form) !== JSON.stringify(state.form)) {
    const lost = state.dirty.size > 0;
    state.dirty.clear();
    state.refused.clear();
    apply(body, true);
    if (lost) showAlert(state.words.staleRefused);
    return null;
  }
  state.hash = body.hash;
  state.readOnly = body.readOnly;
  state.values = body.values;
  const conflicts = new Set();
  for (const key of unitKeys()) {
    if (JSON.stringify(unitValue(before, key)) === JSON.stringify(unitValue(body.values, key))) continue;
    if (state.dirty.has(key)) {
      conflicts.add(key);
      showConflict(key);
    } else {
      clearConflict(key);
      fillUnit(key);
    }
  }
  renderResult(body.result);
  renderReadOnly();
  return conflicts;
}

function tellMerged(conflicts) {
  if (conflicts.size > 0) showAlert(state.words.conflicts.replace('{count}', conflicts.size), 'info');
}

// ---- what one change saves: an "item", the unit of merging ----

const KINDS = { company: 'company', eligibility: 'elig', document: 'doc', answer: 'ans', plan: 'plan' };

function keyOf(change) {
  return [KINDS[change.kind] || change.kind, change.kind === 'company' ? change.field : change.id, change.kind === 'plan' ? change.field : undefined].filter(Boolean).join('|');
}

const PLAN_FIELDS = ['action', 'owner', 'due', 'status', 'note'];

function unitKeys() {
  const keys = ['company|name', 'company|employees', 'company|firstCertification', 'target', 'auditDate', 'deductions', 'bonus'];
  for (const condition of state.form.eligibility) keys.push(`elig|${condition.id}`);
  for (const document of state.form.documents) keys.push(`doc|${document.id}`);
  for (const klass of state.form.classes)
    for (const item of klass.items)
      for (const indicator of item.indicators) keys.push(`ans|${indicator.id}`, ...PLAN_FIELDS.map((name) => `plan|${indicator.id}|${name}`));
  return keys;
}

function unitValue(v, key) {
  const [kind, id, name] = key.split('|');
  if (kind === 'doc') return [v.documents[id].status, v.documents[id].note];
  if (kind === 'plan') return v.plan[id][name];
  const from = { company: v.company, elig: v.eligibility, ans: v.answers }[kind];
  return from ? from[id] : v[{ deductions: 'specialDeductions', bonus: 'specialBonus' }[kind] || kind];
}

/** The element an item's controls are in (data-unit), where its conflict is shown. */
function unitHost(key) {
  return document.querySelector(`[data-unit="${CSS.escape(key)}"]`);
}

function touch(key) {
  const edit = (state.dirty.get(key) || 0) + 1;
  state.dirty.set(key, edit);
  return edit;
}

function markDirty(event) {
  const host = event.target.closest('[data-unit]');
  if (host && event.target.id !== 'deduction-new') touch(host.dataset.unit);
}

/** The file's value of an item, in words, shown beside the person's own. */
function describe(key, value) {
  const w = state.words;
  const [kind] = key.split('|');
  const yesNo = (flag) => (flag === true ? w.yes : flag === false ? w.no : w.unanswered);
  const words = { met: w.answerMet, unmet: w.answerUnmet, samples: w.answerSamples, na: w.answerNa, counts: w.answerCounts, none: w.unanswered, ready: w.docReady, missing: w.docMissing };
  if (kind === 'elig' || key === 'company|firstCertification') return yesNo(value);
  if (kind === 'doc') return [value[0] === 'na' ? w.docNa : words[value[0]] || w.unanswered, value[1]].filter(Boolean).join(' · ');
  if (kind === 'ans') {
    const numbers = value.kind === 'samples' ? `${value.conforming}/${value.total}` : value.kind === 'counts' ? `${value.managers}, ${value.certified}` : value.reason;
    return [words[value.kind], numbers, value.note, value.evidence.join(', ')].filter(Boolean).join(' · ');
  }
  if (kind === 'target') return (state.form.levels.find((level) => level.id === value) || { label: w.noTarget }).label;
  if (kind === 'deductions') return value.join('；') || '—';
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

function showConflict(key) {
  const host = unitHost(key);
  if (!host) return;
  const w = state.words;
  const id = `conflict-${safeId(key)}`;
  // Saved from the controls as they are now (the edit may have gone on); the list of deductions has none.
  const keep = () => {
    state.choosing.delete(key);
    const control = host.querySelector('input:checked, input:not([type=radio]), select, textarea');
    if (control) control.dispatchEvent(new Event('change', { bubbles: true }));
    else if (state.refused.has(key)) send(state.refused.get(key), host.id);
  };
  const take = () => {
    state.dirty.delete(key);
    state.refused.delete(key);
    clearConflict(key);
    fillUnit(key);
  };
  const box = el(
    'div',
    { class: 'conflict', id, role: 'group', 'aria-label': w.conflictTheirs },
    el('p', {}, el('strong', { text: w.conflictTheirs }), ' ', el('span', { class: 'theirs', text: describe(key, unitValue(state.values, key)) })),
    el('p', { class: 'meta', text: w.conflictMine }),
    el('button', { type: 'button', class: 'keep', onclick: keep, text: w.keepMine }),
    ' ',
    el('button', { type: 'button', class: 'take', onclick: take, text: w.takeTheirs }),
  );
  state.choosing.add(key);
  const old = $(id);
  if (old) old.replaceWith(box);
  else if (key.startsWith('ans|')) host.insertBefore(box, $(`${host.id}-plan`));
  else host.append(box);
}

function clearConflict(key) {
  state.choosing.delete(key);
  const old = $(`conflict-${safeId(key)}`);
  if (old) old.remove();
}

// ---- the page ----

function renderHeader(legend) {
  const w = state.words;
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.title = w.pageTitle;
  $('title').textContent = w.pageTitle;
  $('skip').textContent = w.skipToContent;
  $('editor-legend').textContent = legend;
}

function renderAll() {
  renderHeader(state.words.pageTitle);
  renderActions();
  const form = $('form');
  form.replaceChildren();
  if (!state.form) return;
  form.append(profilePart(), eligibilityPart(), documentsPart(), ...state.form.classes.map(classPart), specialPart());
  renderContents();
  fillValues();
}

/** No file yet: the company type and name, then the file is written and the questions appear. */
function renderStart() {
  const w = state.words;
  renderHeader(w.startTitle);
  $('file').textContent = state.file || '';
  $('actions').replaceChildren();
  $('contents').replaceChildren();
  const start = async () => {
    const type = document.querySelector('input[name="start-type"]:checked');
    if (!type) return $('start-type-producer').focus();
    const response = await fetch(`/api/start${langQuery}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: type.value, company: $('start-company').value }) });
    const body = await response.json().catch(() => null);
    if (!body) return showAlert(w.refused.replace('{status}', response.status));
    if (!response.ok) showAlert(body.problems.join('\n'));
    apply(body, true);
  };
  $('form').replaceChildren(
    part(
      'part-start',
      w.startTitle,
      el('p', { text: w.startIntro }),
      radios('start-type', w.companyType.replace(/[:：]\s*$/, ''), [['producer', `${w.typeProducer} — ${w.typeProducerHint}`], ['seller', `${w.typeSeller} — ${w.typeSellerHint}`]], () => undefined),
      textField('start-company', w.companyName.replace(/[:：]\s*$/, ''), () => undefined, { autocomplete: 'organization' }),
      el('button', { type: 'button', class: 'button primary', id: 'start', onclick: start, text: w.startButton }),
    ),
  );
}

function renderActions() {
  const w = state.words;
  const other = state.lang === 'en' ? 'zh' : 'en';
  const lang = `?lang=${state.lang}`;
  $('actions').replaceChildren(
    el('a', { class: 'button primary', href: `/download/report.pdf${lang}`, download: '', text: w.downloadReport }),
    el('a', { class: 'button', href: `/download/assessment.xlsx${lang}`, download: '', text: w.downloadExport }),
    el('a', { class: 'button', href: `/?lang=${other}`, lang: other === 'en' ? 'en' : 'zh-CN', 'aria-label': w.switchLanguageLabel, text: w.switchLanguage }),
  );
  $('file').textContent = state.file || '';
}

function renderContents() {
  const w = state.words;
  const link = (id, text) => el('li', {}, el('a', { href: `#${id}`, text }));
  $('contents').setAttribute('aria-label', w.contents);
  $('contents').replaceChildren(
    el('h2', { text: w.contents }),
    el(
      'ol',
      {},
      link('part-profile', w.profileHeading),
      link('part-eligibility', w.sectionEligibility),
      link('part-documents', w.sectionDocuments),
      state.form.classes.map((klass) => el('li', {}, el('a', { href: `#class-${safeId(klass.id)}`, text: klass.title }), el('ol', {}, klass.items.map((item) => link(`item-${safeId(item.id)}`, item.title))))),
      link('part-special', w.sectionSpecial),
    ),
  );
}

function part(id, title, ...children) {
  return el('section', { class: 'part', id, 'aria-labelledby': `${id}-h` }, el('h2', { id: `${id}-h`, text: title }), ...children);
}

/** A group of radio buttons; `onchange` gets the chosen value. The unanswered choice is always offered. */
function radios(name, legend, options, onchange, unit) {
  return el(
    'fieldset',
    { class: 'choice', id: unit && `${name}-set`, 'data-unit': unit },
    el('legend', { text: legend }),
    el(
      'div',
      { class: 'options' },
      options.map(([value, label]) => {
        const id = `${name}-${value}`;
        return el('label', { for: id }, el('input', { type: 'radio', name, id, value, onchange: (event) => onchange(event.target.value) }), label);
      }),
    ),
  );
}

function field(id, label, attrs, kind, unit) {
  const control = el(kind || 'input', { id, ...attrs });
  return el('div', { class: 'field', id: unit && `${id}-field`, 'data-unit': unit }, el('label', { for: id, text: label }), control);
}

function textField(id, label, onchange, attrs, unit) {
  return field(id, label, { type: 'text', autocomplete: 'off', ...attrs, onchange: (event) => onchange(event.target.value) }, 'input', unit);
}

function profilePart() {
  const w = state.words;
  const yesNo = (value) => (value === 'yes' ? true : value === 'no' ? false : null);
  return part(
    'part-profile',
    w.profileHeading,
    textField('company-name', w.companyName.replace(/[:：]\s*$/, ''), (value) => send({ kind: 'company', field: 'name', value }, 'company-name-field'), { autocomplete: 'organization' }, 'company|name'),
    field(
      'company-employees',
      w.employees.replace(/[:：]\s*$/, ''),
      { type: 'number', min: '1', step: '1', inputmode: 'numeric', onchange: (event) => send({ kind: 'company', field: 'employees', value: event.target.value === '' ? null : Number(event.target.value) }, 'company-employees-field') },
      'input',
      'company|employees',
    ),
    radios('company-first', w.firstCertification, [['yes', w.yes], ['no', w.no], ['none', w.unanswered]], (value) => send({ kind: 'company', field: 'firstCertification', value: yesNo(value) }, 'company-first-set'), 'company|firstCertification'),
    field('target', w.target, { onchange: (event) => send({ kind: 'target', value: event.target.value || null }, 'target-field') }, 'select', 'target'),
    field('audit-date', w.auditDate, { type: 'date', onchange: (event) => send({ kind: 'auditDate', value: event.target.value || null }, 'audit-date-field') }, 'input', 'auditDate'),
  );
}

function eligibilityPart() {
  const w = state.words;
  return part(
    'part-eligibility',
    w.sectionEligibility,
    state.form.eligibility.map((condition) =>
      el(
        'div',
        { class: 'card', id: `elig-${safeId(condition.id)}`, 'data-unit': `elig|${condition.id}` },
        el('h3', { class: 'title', text: condition.title }),
        el('p', { class: 'meta', text: condition.why }),
        radios(`elig-${safeId(condition.id)}-r`, w.eligibilityQuestion, [['yes', w.yes], ['no', w.no], ['none', w.unanswered]], (value) =>
          send({ kind: 'eligibility', id: condition.id, value: value === 'yes' ? true : value === 'no' ? false : null }, `elig-${safeId(condition.id)}`),
        ),
      ),
    ),
  );
}

function documentsPart() {
  const w = state.words;
  return part(
    'part-documents',
    w.sectionDocuments,
    state.form.documents.map((document) => {
      const id = `doc-${safeId(document.id)}`;
      const sendDocument = () => {
        const checked = $(id).querySelector('input[type=radio]:checked');
        const status = checked && checked.value !== 'none' ? checked.value : null;
        return send({ kind: 'document', id: document.id, status, note: $(`${id}-note`).value }, id);
      };
      return el(
        'div',
        { class: 'card', id, 'data-unit': `doc|${document.id}` },
        el('h3', { class: 'title', text: document.title }),
        document.note ? el('p', { class: 'meta', text: document.note }) : null,
        radios(`${id}-r`, w.documentQuestion.replace(/[:：]\s*$/, ''), [['ready', w.docReady], ['missing', w.docMissing], ['na', w.docNa], ['none', w.unanswered]], sendDocument),
        textField(`${id}-note`, w.docNoteLabel, sendDocument),
        el('ul', { class: 'evid', id: `${id}-evid`, hidden: true }),
      );
    }),
  );
}

function classPart(klass) {
  return el(
    'section',
    { class: 'part', id: `class-${safeId(klass.id)}`, 'aria-labelledby': `class-${safeId(klass.id)}-h` },
    el('h2', { id: `class-${safeId(klass.id)}-h`, text: klass.title }),
    klass.items.map((item) =>
      el('div', { id: `item-${safeId(item.id)}` }, el('h3', { class: 'item', text: `${item.title} · ${state.words.indicatorCount.replace('{count}', item.indicators.length)}` }), item.indicators.map(indicatorCard)),
    ),
  );
}

function indicatorCard(indicator) {
  const w = state.words;
  const id = `ind-${safeId(indicator.id)}`;
  const choices = indicator.counts ? [['counts', w.answerCounts]] : [['met', w.answerMet], ['unmet', w.answerUnmet]];
  if (indicator.sampled) choices.push(['samples', w.answerSamples]);
  if (indicator.naAllowed) choices.push(['na', w.answerNa]);
  choices.push(['none', w.unanswered]);
  const meta = [indicator.id, w.points.replace('{points}', indicator.points), ...(indicator.clauses.length ? [`GB/T 27922 ${indicator.clauses.join(', ')}`] : [])].join(' · ');
  const answerNow = () => sendAnswer(indicator, id);
  const number = (suffix, label) => field(`${id}-${suffix}`, label, { type: 'number', min: '0', step: '1', inputmode: 'numeric', onchange: answerNow });
  return el(
    'article',
    { class: 'card', id, 'aria-labelledby': `${id}-h`, 'data-unit': `ans|${indicator.id}` },
    el('h4', { id: `${id}-h` }, indicator.title, ' ', el('span', { class: 'meta', text: meta }), el('span', { class: 'badge', id: `${id}-badge` })),
    el('p', {}, el('strong', { text: `${w.criteria}${w.colon}` }), indicator.criteria),
    indicator.naWhen ? el('p', { class: 'meta' }, `${w.naWhen}${w.colon}${indicator.naWhen}`) : null,
    el('details', { class: 'more' }, el('summary', { text: w.evidence }), el('ul', {}, indicator.evidence.map((record) => el('li', { text: record })))),
    radios(`${id}-r`, w.indicatorQuestion, choices, () => {
      showKind(id);
      answerNow();
    }),
    el('div', { class: 'pair', id: `${id}-samples`, hidden: true }, number('conforming', w.samplesConforming), number('total', w.samplesTotal)),
    el('div', { class: 'pair', id: `${id}-counts`, hidden: true }, number('managers', w.managersLabel), number('certified', w.certifiedLabel)),
    el('div', { id: `${id}-na`, hidden: true }, field(`${id}-reason`, w.naReasonLabel, { onchange: answerNow }, 'textarea')),
    textField(`${id}-note`, w.noteLabel, answerNow),
    textField(`${id}-evidence`, w.evidenceLabel, answerNow),
    el('ul', { class: 'evid', id: `${id}-evid`, hidden: true }),
    planBlock(indicator, id),
  );
}

function planBlock(indicator, id) {
  const w = state.words;
  const planField = (name) => (event) => send({ kind: 'plan', id: indicator.id, field: name, value: event.target.value }, `${id}-plan-${name}-field`);
  const unit = (name) => `plan|${indicator.id}|${name}`;
  const status = field(`${id}-plan-status`, w.planStatus, { onchange: planField('status') }, 'select', unit('status'));
  status.querySelector('select').append(el('option', { value: '', text: '—' }), ...Object.entries(w.planStatus).map(([value, label]) => el('option', { value, text: label })));
  return el(
    'details',
    { class: 'more', id: `${id}-plan` },
    el('summary', { text: w.planTitle }),
    textField(`${id}-plan-action`, w.planAction, (value) => planField('action')({ target: { value } }), {}, unit('action')),
    el(
      'div',
      { class: 'pair' },
      textField(`${id}-plan-owner`, w.planOwner, (value) => planField('owner')({ target: { value } }), {}, unit('owner')),
      field(`${id}-plan-due`, w.planDue, { type: 'date', onchange: planField('due') }, 'input', unit('due')),
      status,
    ),
    textField(`${id}-plan-note`, w.planNote, (value) => planField('note')({ target: { value } }), {}, unit('note')),
  );
}

/** The inputs of the chosen kind of answer are shown; the others hidden. */
function showKind(id) {
  const checked = $(id).querySelector(`input[name="${id}-r"]:checked`);
  const kind = checked ? checked.value : 'none';
  $(`${id}-samples`).hidden = kind !== 'samples';
  $(`${id}-counts`).hidden = kind !== 'counts';
  $(`${id}-na`).hidden = kind !== 'na';
}

/** Sent once the answer is whole: a sample result needs both numbers, not applicable its reason. */
function sendAnswer(indicator, id) {
  const checked = $(id).querySelector(`input[name="${id}-r"]:checked`);
  const kind = checked ? checked.value : 'none';
  const value = (suffix) => $(`${id}-${suffix}`).value;
  const answer = {
    kind,
    note: value('note'),
    evidence: value('evidence')
      .split(/[,，;；、]/)
      .map((entry) => entry.trim())
      .filter(Boolean),
  };
  if (kind === 'samples') {
    if (value('conforming') === '' || value('total') === '') return;
    answer.conforming = Number(value('conforming'));
    answer.total = Number(value('total'));
  }
  if (kind === 'counts') {
    if (value('managers') === '' || value('certified') === '') return;
    answer.managers = Number(value('managers'));
    answer.certified = Number(value('certified'));
  }
  if (kind === 'na') {
    if (value('reason').trim() === '') return $(`${id}-reason`).focus();
    answer.reason = value('reason');
  }
  return send({ kind: 'answer', id: indicator.id, answer }, id);
}

function specialPart() {
  const w = state.words;
  const add = () => {
    const input = $('deduction-new');
    if (!input.value.trim()) return;
    const list = [...state.values.specialDeductions, input.value.trim()];
    input.value = '';
    send({ kind: 'deductions', value: list }, 'part-special').then(() => fillUnit('deductions'));
  };
  return part(
    'part-special',
    w.sectionSpecial,
    el('p', { class: 'meta', text: state.form.specialIntro }),
    el('h3', { class: 'item', text: w.deductions }),
    el('div', { id: 'deductions-unit', 'data-unit': 'deductions' }, el('ul', { class: 'deductions', id: 'deductions' })),
    textField('deduction-new', w.deductionLabel, () => undefined, { onkeydown: (event) => event.key === 'Enter' && (event.preventDefault(), add()) }),
    el('button', { type: 'button', onclick: add, text: w.addDeductionButton }),
    el('h3', { class: 'item', text: w.bonus }),
    textField('bonus', w.bonusQuestion.replace(/[:：（(].*$/, ''), (value) => send({ kind: 'bonus', value }, 'bonus-field'), {}, 'bonus'),
  );
}

// ---- filling in what the file says ----

function check(name, value) {
  for (const input of document.getElementsByName(name)) input.checked = input.value === value;
}

function setValue(id, value) {
  const input = $(id);
  if (input) input.value = value === null || value === undefined ? '' : String(value);
}

/** Every item the person is not editing shows what the file holds. */
function fillValues() {
  if (!state.values || !state.form) return;
  for (const key of unitKeys()) if (!state.dirty.has(key)) fillUnit(key);
}

/** One item's controls set to the file's value. */
function fillUnit(key) {
  const v = state.values;
  if (!v || !state.form) return;
  const [kind, name, field] = key.split('|');
  const yesNo = (flag) => (flag === true ? 'yes' : flag === false ? 'no' : 'none');
  switch (kind) {
    case 'company':
      if (name === 'firstCertification') return check('company-first', yesNo(v.company.firstCertification));
      return setValue(`company-${name}`, v.company[name]);
    case 'target': {
      const target = $('target');
      target.replaceChildren(el('option', { value: '', text: state.words.noTarget }), ...state.form.levels.map((level) => el('option', { value: level.id, text: level.label })));
      target.value = v.target || '';
      return;
    }
    case 'auditDate':
      return setValue('audit-date', v.auditDate);
    case 'elig':
      return check(`elig-${safeId(name)}-r`, yesNo(v.eligibility[name]));
    case 'doc': {
      const id = `doc-${safeId(name)}`;
      check(`${id}-r`, v.documents[name].status || 'none');
      return setValue(`${id}-note`, v.documents[name].note);
    }
    case 'ans': {
      const id = `ind-${safeId(name)}`;
      const answer = v.answers[name];
      check(`${id}-r`, answer.kind);
      for (const part of ['conforming', 'total', 'managers', 'certified', 'reason', 'note']) setValue(`${id}-${part}`, answer[part]);
      setValue(`${id}-evidence`, answer.evidence.join(', '));
      return showKind(id);
    }
    case 'plan': {
      const id = `ind-${safeId(name)}`;
      setValue(`${id}-plan-${field}`, v.plan[name][field]);
      if (v.plan[name][field]) $(`${id}-plan`).open = true;
      return;
    }
    case 'bonus':
      return setValue('bonus', v.specialBonus);
    case 'deductions':
      return $('deductions').replaceChildren(
        ...v.specialDeductions.map((text, index) =>
          el(
            'li',
            {},
            `${text} `,
            el('button', {
              type: 'button',
              text: state.words.removeDeduction,
              'aria-label': `${state.words.removeDeduction}${state.words.colon}${text}`,
              onclick: () => send({ kind: 'deductions', value: v.specialDeductions.filter((_, i) => i !== index) }, 'part-special').then(() => fillUnit('deductions')),
            }),
          ),
        ),
      );
  }
}

function renderResult(result) {
  const w = state.words;
  const aside = $('result');
  aside.setAttribute('aria-label', w.resultHeading);
  if (!result) return aside.replaceChildren();
  if (!result.ok) return aside.replaceChildren(el('h2', { text: w.resultHeading }), ...result.problems.map((text) => el('p', { class: 'problem', text })));
  const evidence = result.evidence;
  const lines = (block, heading) => {
    const out = block ? [el('h2', { text: block.title || heading })] : [];
    for (const line of block?.lines ?? []) {
      const item = line.startsWith('·') && el('li', { text: line.slice(1).trim() });
      if (!item) out.push(el('p', { text: line }));
      else if (out.at(-1).tagName === 'UL') out.at(-1).append(item);
      else out.push(el('ul', {}, item));
    }
    return out;
  };
  aside.replaceChildren(
    el('h2', { text: w.resultHeading }),
    el(
      'div',
      { class: 'summary' },
      el('p', {}, el('span', { class: 'score', id: 'score', text: result.score }), ' ', el('span', { class: 'meta', text: w.score })),
      el('p', { class: 'level', id: 'level', text: result.level }),
      el('p', { id: 'best', text: `${w.bestCase}${w.colon}${result.bestCase}` }),
      el('p', { id: 'answered', text: w.answered.replace('{answered}', result.answered).replace('{total}', result.total) }),
    ),
    el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', text: w.pathHeading, onclick: (event) => event.target.setAttribute('aria-expanded', String(aside.classList.toggle('open'))) }),
    el(
      'div',
      { class: 'details' },
      result.failReasons.map((reason) => el('p', { class: 'problem', text: reason })),
      lines(result.target, w.targetHeading),
      lines(result.path, w.pathHeading),
      evidence ? [el('p', { id: 'evidence-summary', text: evidence.summary }), evidence.hint ? el('p', { class: 'meta', text: evidence.hint }) : null] : null,
    ),
  );
  for (const [id, info] of Object.entries(result.indicators)) {
    const badge = $(`ind-${safeId(id)}-badge`);
    if (!badge) continue;
    badge.className = `badge ${info.state}`;
    badge.textContent = info.state === 'unanswered' ? w.unanswered : w.points.replace('{points}', info.earned);
  }
  // Each evidence path beside what names it, in the words and codes of `score` and `validate`.
  for (const list of document.querySelectorAll('ul.evid')) {
    const use = list.id.startsWith('doc-') ? `document:${list.closest('[data-unit]').dataset.unit.slice(4)}` : `indicator:${list.closest('[data-unit]').dataset.unit.slice(4)}`;
    const files = (evidence && evidence.uses[use]) || [];
    list.hidden = files.length === 0;
    list.replaceChildren(
      ...files.map((file) =>
        el('li', { class: `evid-${file.state}` }, el('span', { 'aria-hidden': 'true', text: BAD.includes(file.state) ? '✗ ' : file.state === 'ok' ? '✓ ' : '· ' }), file.label, file.code ? el('code', { text: file.code }) : null),
      ),
    );
  }
}

const BAD = ['missing', 'changed', 'outside', 'unreadable'];

function renderReadOnly() {
  const editor = $('editor');
  editor.disabled = Boolean(state.readOnly);
  if (state.readOnly) {
    const w = state.words;
    showAlert(`${state.readOnly.reason === 'locked' ? w.lockedBy : w.fileBroken}\n${state.readOnly.problems.join('\n')}`);
  }
}

// ---- messages ----

function showAlert(text, kind) {
  const alert = $('alert');
  alert.textContent = text;
  alert.className = kind === 'info' ? 'alert info' : 'alert';
  alert.hidden = false;
}

function hideAlert() {
  if (!state.readOnly) $('alert').hidden = true;
}

function setStatus(text) {
  $('status').textContent = text;
}

function showProblem(where, text) {
  const host = where && $(where);
  if (!host) return showAlert(text);
  clearProblem(where);
  host.append(el('p', { class: 'problem', id: `${where}-problem`, role: 'alert', text }));
}

function clearProblem(where) {
  const old = where && $(`${where}-problem`);
  if (old) old.remove();
}

$('form').addEventListener('input', markDirty);
load().then(listen);
