// The job-board demo: log a rejection with the Rebound API and show what to do next. Every call goes
// through the TypeScript client generated from openapi.yaml, from this page's own origin (CORS).
import {
  Configuration,
  FollowThroughApi,
  RejectionsApi,
  RemindersApi,
  YourDataApi,
  type CreatedRejection,
  type ImportResult,
  type InterviewFormat,
  type NotifiedVia,
  type RejectionInput,
  type Source,
  type StageReached,
  type Tone,
} from './client/index.js';
import { announce, byId, copyText, fillSelect, formatDay, isoToday, setStatus } from './dom.js';
import {
  actionLabels,
  importStatusLabels,
  interviewFormatLabels,
  notifiedViaLabels,
  promptCategoryLabels,
  stageLabels,
  toneLabels,
} from './labels.js';
import { describe, type FieldProblem } from './problems.js';

const TOKEN_KEY = 'rebound-demo.token';
/** Reminders shown: everything that needs attention within this many days, overdue steps included. */
const REMINDER_DAYS = 14;

/** Where each field the API can name in a problem lives on the form. */
const fieldInputs: Record<string, string> = {
  token: 'token',
  company: 'company',
  role: 'role',
  stageReached: 'stageReached',
  interviewFormat: 'interviewFormat',
  notifiedVia: 'notifiedVia',
  rejectedOn: 'rejectedOn',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  notes: 'notes',
  locale: 'locale',
  tone: 'tone',
  senderName: 'senderName',
};

interface CurrentRecord {
  id: string;
}

let apiBase = 'http://localhost:8080';
let current: CurrentRecord | null = null;
/** A fresh Idempotency-Key (crypto.randomUUID exists only in secure contexts, so not on a plain-http LAN address). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One key per rejection being logged: a retried submit after a lost answer creates nothing twice. */
let idempotencyKey = newKey();

const form = byId<HTMLFormElement>('rejection-form');
const tokenInput = byId<HTMLTextAreaElement>('token');
const formStatus = byId('form-status');
const formProblem = byId('form-problem');
const submitButton = byId<HTMLButtonElement>('submit');

function configuration(): Configuration {
  return new Configuration({ basePath: apiBase, accessToken: () => tokenInput.value.trim() });
}

async function loadApiBase(): Promise<string> {
  try {
    const answer = await fetch('config.json', { cache: 'no-store' });
    if (answer.ok) {
      const config: unknown = await answer.json();
      if (typeof config === 'object' && config !== null && 'apiBase' in config && typeof config.apiBase === 'string') {
        return config.apiBase.replace(/\/+$/, '');
      }
    }
  } catch {
    // No config.json next to the page: assume Rebound in dev mode on this machine.
  }
  return apiBase;
}

function value(id: string): string {
  return byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id).value.trim();
}

function labelOf(inputId: string): string {
  const label = document.querySelector<HTMLLabelElement>(`label[for="${inputId}"]`);
  return label ? (label.firstChild?.textContent ?? label.textContent ?? inputId).trim() : inputId;
}

function clearFieldErrors(scope: HTMLElement): void {
  scope.querySelectorAll('.field-error').forEach((element) => element.remove());
  scope.querySelectorAll<HTMLElement>('[aria-invalid="true"]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
    if (described.length) {
      input.setAttribute('aria-describedby', described.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  });
}

/** Shows a summary (announced) and marks each named field, linking the two. */
function showProblem(box: HTMLElement, summary: string, fields: FieldProblem[]): void {
  box.replaceChildren();
  const heading = document.createElement('p');
  heading.textContent = summary;
  box.append(heading);
  if (fields.length) {
    const list = document.createElement('ul');
    for (const { field, message } of fields) {
      const inputId = fieldInputs[field];
      const item = document.createElement('li');
      if (inputId) {
        const input = byId(inputId);
        input.setAttribute('aria-invalid', 'true');
        const error = document.createElement('p');
        error.className = 'field-error';
        error.id = `${inputId}-error`;
        error.textContent = message;
        input.insertAdjacentElement('afterend', error);
        input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${error.id}`.trim());
        const link = document.createElement('a');
        link.href = `#${inputId}`;
        link.textContent = `${labelOf(inputId)}: ${message}`;
        item.append(link);
      } else {
        item.textContent = `${field}: ${message}`;
      }
      list.append(item);
    }
    box.append(list);
  }
  box.hidden = false;
}

function missingFields(): FieldProblem[] {
  const missing: FieldProblem[] = [];
  for (const id of ['token', 'company', 'role', 'stageReached', 'notifiedVia', 'rejectedOn']) {
    if (!value(id)) {
      missing.push({ field: id, message: 'must not be blank' });
    }
  }
  if (missing.some(({ field }) => field === 'token')) {
    byId<HTMLDetailsElement>('session').open = true;
  }
  return missing;
}

function rejectionInput(): RejectionInput {
  const contactName = value('contactName');
  const contactEmail = value('contactEmail');
  const notes = value('notes');
  return {
    company: value('company'),
    role: value('role'),
    stageReached: value('stageReached') as StageReached,
    interviewFormat: value('interviewFormat') as InterviewFormat,
    notifiedVia: value('notifiedVia') as NotifiedVia,
    rejectedOn: value('rejectedOn'),
    ...(contactName || contactEmail ? { contact: { name: contactName || null, email: contactEmail || null } } : {}),
    ...(notes ? { notes } : {}),
  };
}

async function logRejection(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  clearFieldErrors(form);
  formProblem.hidden = true;
  const missing = missingFields();
  if (missing.length) {
    showProblem(formProblem, 'Please fill in the required fields.', missing);
    setStatus(formStatus, '');
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
  submitButton.disabled = true;
  setStatus(formStatus, 'Saving…');
  try {
    const senderName = value('senderName');
    const created = await new RejectionsApi(configuration()).createRejection({
      rejectionInput: rejectionInput(),
      idempotencyKey,
      tone: value('tone') as Tone,
      locale: value('locale'),
      ...(senderName ? { senderName } : {}),
    });
    idempotencyKey = newKey();
    showNextSteps(created);
    setStatus(formStatus, 'Logged. Your next steps are ready.', 'ok');
    byId('next-steps-title').focus();
    await refreshReminders();
  } catch (error) {
    const described = await describe(error, apiBase);
    if (described.status === 422) {
      idempotencyKey = newKey();
    }
    if (described.status === 401) {
      described.fields = [{ field: 'token', message: 'not accepted' }];
      byId<HTMLDetailsElement>('session').open = true;
    }
    showProblem(formProblem, described.summary, described.fields);
    setStatus(formStatus, 'Not saved.', 'error');
  } finally {
    submitButton.disabled = false;
  }
}

function setMessage(prefix: string, subject: string, body: string, mailto: string | null, lang: string): void {
  byId(`${prefix}-subject`).textContent = subject;
  const message = byId(`${prefix}-body`);
  message.textContent = body;
  message.lang = lang;
  byId(`${prefix}-subject`).lang = lang;
  const link = byId<HTMLAnchorElement>(`${prefix}-mailto`);
  // Only ever a mailto: link, whatever the answer held.
  if (mailto && mailto.startsWith('mailto:')) {
    link.href = mailto;
    link.hidden = false;
  } else {
    link.removeAttribute('href');
    link.hidden = true;
  }
}

/** Fills a card's "Why this helps": the reason in the suggestions' language and the research it cites. */
function showWhy(card: string, why: string | undefined, sources: Source[] | undefined, lang: string): void {
  const details = byId<HTMLDetailsElement>(`${card}-why`);
  details.hidden = !why;
  const text = details.querySelector<HTMLParagraphElement>('.why__text')!;
  text.textContent = why ?? '';
  text.lang = lang;
  const list = details.querySelector<HTMLUListElement>('.why__sources')!;
  list.replaceChildren(...(sources ?? []).map((source) => {
    const item = document.createElement('li');
    const title = source.url ? document.createElement('a') : document.createElement('cite');
    if (title instanceof HTMLAnchorElement) {
      title.href = source.url!;
      title.rel = 'noopener noreferrer';
      title.target = '_blank';
    }
    title.textContent = source.title;
    item.append(title, ` (${source.publisher}, ${source.year})`);
    return item;
  }));
}

function showNextSteps(created: CreatedRejection): void {
  const { suggestions, history } = created;
  const lang = suggestions.locale;
  current = { id: created.id };

  byId('next-steps-title').textContent = `${created.role} at ${created.company}`;
  const historyNote = byId('history');
  if (history.priorRejectionsAtCompany > 0 && history.lastRejectedOn) {
    const times = history.priorRejectionsAtCompany === 1 ? 'once before' : `${history.priorRejectionsAtCompany} times before`;
    historyNote.textContent = `${created.company} said no ${times}, most recently on ${formatDay(history.lastRejectedOn)}.`;
    historyNote.hidden = false;
  } else {
    historyNote.hidden = true;
  }

  const note = suggestions.thankYouNote;
  byId('thank-you-due').textContent = `Send by ${formatDay(note.sendBy)}`;
  setMessage('thank-you', note.subject, note.body, note.mailto, lang);
  showWhy('thank-you', note.why, note.sources, lang);

  const request = suggestions.feedbackRequest;
  const badge = byId('feedback-badge');
  badge.textContent = request.recommended ? 'Recommended' : 'Optional';
  badge.classList.toggle('badge--yes', request.recommended);
  byId('feedback-rationale').textContent = request.rationale;
  byId('feedback-rationale').lang = lang;
  byId('feedback-due').textContent = request.sendOn ? `Send on ${formatDay(request.sendOn)}` : 'Not part of your plan';
  setMessage('feedback', request.subject, request.body, request.mailto, lang);
  showWhy('feedback', request.why, request.sources, lang);

  const connect = byId('connect-body');
  connect.textContent = suggestions.connectionNote.body;
  connect.lang = lang;
  showWhy('connect', suggestions.connectionNote.why, suggestions.connectionNote.sources, lang);

  const reflect = created.plan.find((step) => step.action === 'REFLECT');
  byId('reflection-due').textContent = reflect ? `Planned for ${formatDay(reflect.due)}` : '';
  const reflectStep = suggestions.plan.find((step) => step.action === 'REFLECT');
  showWhy('reflect', reflectStep?.why, reflectStep?.sources, lang);
  const prompts = byId<HTMLOListElement>('prompts');
  prompts.replaceChildren(...suggestions.reflectionPrompts.map((prompt, index) => {
    const item = document.createElement('li');
    const category = document.createElement('span');
    category.className = 'prompt__category';
    category.textContent = promptCategoryLabels[prompt.category];
    const label = document.createElement('label');
    label.htmlFor = `answer-${index}`;
    label.textContent = prompt.question;
    label.lang = lang;
    const answer = document.createElement('textarea');
    answer.id = `answer-${index}`;
    answer.rows = 3;
    answer.maxLength = 5000;
    answer.dataset.key = prompt.key;
    item.append(category, label, answer);
    return item;
  }));
  setStatus(byId('reflection-status'), '');
  byId('reflection-problem').hidden = true;

  byId('empty-state').hidden = true;
  byId('next-steps').hidden = false;
}

async function saveReflection(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const status = byId('reflection-status');
  const problem = byId('reflection-problem');
  problem.hidden = true;
  if (!current) {
    return;
  }
  const answers = [...byId('prompts').querySelectorAll<HTMLTextAreaElement>('textarea')]
    .map((box) => ({ promptKey: box.dataset.key ?? '', answer: box.value.trim() }))
    .filter(({ answer }) => answer.length > 0);
  if (!answers.length) {
    setStatus(status, 'Write an answer to at least one question first.', 'error');
    return;
  }
  const button = byId<HTMLButtonElement>('save-reflection');
  button.disabled = true;
  setStatus(status, 'Saving…');
  try {
    const saved = await new FollowThroughApi(configuration()).putReflection({
      id: current.id,
      reflectionInput: { answers },
    });
    const count = saved.answers.length === 1 ? '1 answer' : `${saved.answers.length} answers`;
    setStatus(status, `Saved ${count} (reflected on ${formatDay(saved.reflectedOn)}). Your “Reflect” step is done.`, 'ok');
    await refreshReminders();
  } catch (error) {
    const described = await describe(error, apiBase);
    showProblem(problem, described.summary, described.fields);
    setStatus(status, 'Not saved.', 'error');
  } finally {
    button.disabled = false;
  }
}

async function refreshReminders(): Promise<void> {
  const status = byId('reminders-status');
  const list = byId<HTMLUListElement>('reminder-list');
  const dueBefore = isoToday(REMINDER_DAYS);
  byId('reminders-window').textContent = `Until ${formatDay(isoToday(REMINDER_DAYS - 1))}`;
  try {
    const page = await new RemindersApi(configuration()).listReminders({ dueBefore, size: 50 });
    const today = isoToday();
    list.replaceChildren(...page.items.map((reminder) => {
      const item = document.createElement('li');
      item.className = 'reminder';
      const date = document.createElement('span');
      date.className = 'reminder__date';
      date.textContent = formatDay(reminder.remindOn).replace(/ \d{4}$/, '');
      if (reminder.remindOn < today) {
        date.classList.add('reminder__date--overdue');
        date.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ' (overdue)' }));
      }
      const what = document.createElement('span');
      what.className = 'reminder__what';
      const action = document.createElement('span');
      action.className = 'reminder__action';
      action.textContent = actionLabels[reminder.action];
      const where = document.createElement('span');
      where.className = 'reminder__where';
      where.textContent = `${reminder.role} at ${reminder.company}`;
      if (current && reminder.id === current.id) {
        item.classList.add('reminder--current');
        where.textContent += ' · just logged';
      }
      what.append(action, where);
      item.append(date, what);
      item.dataset.rejectionId = reminder.id;
      item.dataset.action = reminder.action;
      return item;
    }));
    byId('reminders-empty').hidden = page.items.length > 0;
    const more = page.totalItems > page.items.length ? ` Showing the first ${page.items.length} of ${page.totalItems}.` : '';
    setStatus(status, more);
  } catch (error) {
    setStatus(status, (await describe(error, apiBase)).summary, 'error');
  }
}

async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const source = byId(button.dataset.copy ?? '');
  const what = button.getAttribute('aria-describedby');
  const name = what ? byId(what).textContent ?? 'Text' : 'Text';
  if (await copyText(source.textContent ?? '')) {
    button.dataset.label ??= button.textContent ?? '';
    button.textContent = 'Copied';
    announce(`${name} copied to the clipboard.`);
    window.setTimeout(() => { button.textContent = button.dataset.label ?? ''; }, 2000);
  } else {
    const range = document.createRange();
    range.selectNodeContents(source);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    announce(`Could not copy. The ${name.toLowerCase()} is selected: press Control+C or Command+C.`);
  }
}

// Paste: the e-mail is read by the service into a draft, which fills the form for the person to check.
const pasteStatus = byId('paste-status');

function fillField(id: string, value: string | null | undefined): boolean {
  if (value === null || value === undefined || value === '') {
    return false;
  }
  const input = byId<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(id);
  if (input instanceof HTMLSelectElement && ![...input.options].some((option) => option.value === value)) {
    return false;
  }
  input.value = value;
  return true;
}

async function fillFromEmail(): Promise<void> {
  const text = byId<HTMLTextAreaElement>('pasted-email').value;
  if (!text.trim()) {
    setStatus(pasteStatus, 'Paste the e-mail first.', 'error');
    return;
  }
  setStatus(pasteStatus, 'Reading…');
  try {
    const read = await new RejectionsApi(configuration()).draftRejection({ rejectionDraftRequest: { text } });
    if (!read.isRejection || !read.draft) {
      setStatus(pasteStatus, 'This does not read like a rejection, so the form is left as it was.', 'error');
      return;
    }
    const draft = read.draft;
    const filled = [
      fillField('company', draft.company),
      fillField('role', draft.role),
      fillField('stageReached', draft.stageReached),
      fillField('interviewFormat', draft.interviewFormat),
      fillField('notifiedVia', draft.notifiedVia),
      fillField('rejectedOn', draft.rejectedOn),
      fillField('contactName', draft.contact?.name),
      fillField('contactEmail', draft.contact?.email),
    ].filter(Boolean).length;
    const missing = read.missing.length ? ` Still to fill: ${read.missing.map((field) => labelOf(field)).join(', ')}.` : '';
    setStatus(pasteStatus, `Filled ${filled} ${filled === 1 ? 'field' : 'fields'} from the e-mail. Check them before you log it.${missing}`, 'ok');
    announce('The form was filled from the e-mail.');
  } catch (error) {
    const described = await describe(error, apiBase);
    setStatus(pasteStatus, described.summary, 'error');
  }
}

// Import: check the file with a dry run, show every row, then import it with one Idempotency-Key per file.
const importFile = byId<HTMLInputElement>('import-file');
const importSave = byId<HTMLButtonElement>('import-save');
const importStatus = byId('import-status');
const importProblem = byId('import-problem');
const importRows = byId<HTMLTableElement>('import-rows');
let checkedFile: { text: string; json: boolean; key: string } | null = null;

async function sendImport(dryRun: boolean): Promise<ImportResult> {
  if (!checkedFile) {
    throw new Error('no file');
  }
  const { text, json, key } = checkedFile;
  return new YourDataApi(configuration()).importRejections(
    { body: text, dryRun, idempotencyKey: dryRun ? undefined : key },
    // The client sends text/csv; an export goes as the JSON it is.
    json ? async ({ init }) => ({ headers: { ...init.headers, 'Content-Type': 'application/json' } }) : undefined,
  );
}

function showImport(result: ImportResult, dryRun: boolean): void {
  const body = importRows.tBodies[0];
  body.replaceChildren(
    ...result.rows.map((row) => {
      const line = document.createElement('tr');
      line.dataset.status = row.status;
      const details = (row.errors ?? []).map((error) => `${error.field}: ${error.message}`).join('; ');
      for (const text of [String(row.row), importStatusLabels[row.status], details]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        line.append(cell);
      }
      return line;
    }),
  );
  const { created, duplicate, invalid, valid } = result.totals;
  byId('import-caption').textContent = dryRun
    ? `${valid} ready to import, ${duplicate} already there, ${invalid} to fix`
    : `${created} imported, ${duplicate} already there, ${invalid} to fix`;
  importRows.hidden = false;
  const ignored = result.ignoredColumns.length ? ` Ignored columns: ${result.ignoredColumns.join(', ')}.` : '';
  setStatus(importStatus, (dryRun ? 'Checked. Nothing is saved yet.' : 'Imported.') + ignored, 'ok');
  importSave.hidden = !dryRun || valid === 0;
  importSave.textContent = `Import ${valid} ${valid === 1 ? 'row' : 'rows'}`;
}

async function runImport(dryRun: boolean): Promise<void> {
  importProblem.hidden = true;
  setStatus(importStatus, dryRun ? 'Checking…' : 'Importing…');
  try {
    showImport(await sendImport(dryRun), dryRun);
    if (!dryRun) {
      checkedFile = null;
      announce('The file was imported.');
      void refreshReminders();
    }
  } catch (error) {
    const described = await describe(error, apiBase);
    setStatus(importStatus, '', 'error');
    showProblem(importProblem, described.summary, described.fields);
  }
}

async function checkImport(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const file = importFile.files?.[0];
  if (!file) {
    setStatus(importStatus, 'Choose a file first.', 'error');
    return;
  }
  const json = file.type === 'application/json' || file.name.toLowerCase().endsWith('.json');
  checkedFile = { text: await file.text(), json, key: newKey() };
  await runImport(true);
}

async function start(): Promise<void> {
  apiBase = await loadApiBase();
  byId('api-base').textContent = apiBase;
  byId<HTMLAnchorElement>('swagger-link').href = `${apiBase}/q/swagger-ui/`;

  fillSelect(byId<HTMLSelectElement>('stageReached'), stageLabels, 'INTERVIEW');
  fillSelect(byId<HTMLSelectElement>('interviewFormat'), interviewFormatLabels, 'VIDEO');
  fillSelect(byId<HTMLSelectElement>('notifiedVia'), notifiedViaLabels, 'EMAIL');
  fillSelect(byId<HTMLSelectElement>('tone'), toneLabels, 'WARM');
  const rejectedOn = byId<HTMLInputElement>('rejectedOn');
  rejectedOn.value = isoToday();
  rejectedOn.max = isoToday();

  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    tokenInput.value = token;
    byId<HTMLDetailsElement>('session').open = false;
  }

  form.addEventListener('submit', (event) => void logRejection(event));
  byId<HTMLFormElement>('reflection-form').addEventListener('submit', (event) => void saveReflection(event));
  byId<HTMLFormElement>('import-form').addEventListener('submit', (event) => void checkImport(event));
  importSave.addEventListener('click', () => void runImport(false));
  byId<HTMLButtonElement>('paste-fill').addEventListener('click', () => void fillFromEmail());
  importFile.addEventListener('change', () => {
    checkedFile = null;
    importSave.hidden = true;
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.addEventListener('click', () => void copyFrom(button));
  });
  document.documentElement.dataset.ready = 'true';
}

void start();
