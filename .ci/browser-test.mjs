// Browser tests, run by .ci/browser-test.sh against the packaged service and the job-board demo served
// from another origin. Debian's chromium, driven by playwright-core, never reaches past this machine:
// every host name but 127.0.0.1 and localhost resolves to nothing.
//
// Env: API_BASE (the service), DEMO_BASE (the demo's static server), SCREENSHOTS (folder for PNGs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const API = required('API_BASE').replace(/\/+$/, '');
const DEMO = required('DEMO_BASE').replace(/\/+$/, '');
const SHOTS = process.env.SCREENSHOTS ?? 'target/screenshots';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ours = new Set([new URL(API).origin, new URL(DEMO).origin]);

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`browser: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

function token(subject, name) {
  return execFileSync('dev/token.sh', [subject, name], { encoding: 'utf8' }).trim();
}

/** The service itself, asked directly (not through the page), to check what the page showed or saved. */
async function api(path, bearer) {
  const answer = await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' } });
  assert.equal(answer.status, 200, `GET ${path} answered ${answer.status}`);
  return answer.json();
}

function isoDay(offsetDays = 0) {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Collects what must not happen on a page: console errors, uncaught exceptions, failed requests,
 * error answers, and any request to a host other than the service and the demo.
 */
function watch(page, { allowErrorStatus = [] } = {}) {
  const problems = [];
  page.on('console', (message) => {
    const text = message.text();
    const expected = allowErrorStatus.some((status) => text.includes(`status of ${status}`));
    if (message.type() === 'error' && !expected) problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !ours.has(url.origin)) problems.push(`request to another host: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowErrorStatus.includes(response.status())) {
      problems.push(`${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });
  return problems;
}

const results = { passed: 0, failed: 0 };
async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.passed += 1;
    console.log(`  ok: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.failed += 1;
    console.log(`  FAILED: ${name}\n    ${String(error.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`);
  }
}

mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'rebound-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
  viewport: { width: 1280, height: 900 },
  locale: 'en-GB',
  timezoneId: 'UTC',
});
context.setDefaultTimeout(30_000); // generous: CI shares two cores with the service and PostgreSQL
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEMO });
const run = `${process.pid}-${Date.now()}`;

await test('Swagger UI: authorize with a dev token, try out POST /v1/rejections, see 201 and the suggestions', async () => {
  const bearer = token(`browser-swagger-${run}`, 'Swagger Tester');
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${API}/q/swagger-ui/`);
  await page.locator('.swagger-ui .info .title', { hasText: 'Rebound API' }).waitFor();

  await page.locator('.scheme-container button.authorize').click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  await dialog.locator('#auth-bearer-value').fill(bearer);
  await dialog.getByRole('button', { name: 'Apply credentials' }).click();
  await dialog.getByRole('button', { name: 'Remove authorization' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const operation = page.locator('#operations-Rejections-createRejection');
  await operation.locator('.opblock-summary').first().click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  const requestBody = JSON.parse(await operation.locator('textarea.body-param__text').inputValue());
  assert.equal(requestBody.company, 'Nordlicht Analytics', 'the body editor holds the contract example');
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${API}/v1/rejections`) && r.request().method() === 'POST'),
    operation.getByRole('button', { name: 'Execute' }).click(),
  ]);
  assert.equal(answer.status(), 201);
  assert.equal(answer.request().headers().authorization, `Bearer ${bearer}`, 'Swagger UI sent the token it was given');

  const live = operation.locator('.live-responses-table');
  await live.locator('.response-col_status', { hasText: '201' }).waitFor();
  const shown = await live.locator('.response-col_description pre').first().textContent();
  assert.match(shown, /"thankYouNote"/, 'the response body shows the suggestions');
  const created = JSON.parse(shown);
  assert.equal(created.company, 'Nordlicht Analytics');
  assert.ok(created.suggestions.thankYouNote.body.length > 0);
  const stored = await api(`/v1/rejections/${created.id}`, bearer);
  assert.equal(stored.id, created.id, 'the record Swagger UI created is stored');

  // The picture: the 201 and the suggestions in the response body, below the request URL.
  await live.locator('.response-col_description pre span', { hasText: '"suggestions"' }).first()
    .evaluate((line) => line.scrollIntoView({ block: 'start' }));
  await operation.locator('.request-url').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, 'swagger-ui-try-it-out.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

await test('Job-board demo: log a rejection from another origin, copy the note, save a reflection, see reminders', async () => {
  const bearer = token(`browser-demo-${run}`, 'Alice Example');
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${DEMO}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  assert.equal(await page.locator('#api-base').textContent(), API);

  await page.getByLabel('Access token').fill(bearer);
  await page.getByLabel('Company').fill('Nordlicht Analytics');
  await page.getByLabel('Role').fill('Senior Data Engineer');
  await page.getByLabel('How far you got').selectOption({ label: 'Final interview' });
  await page.getByLabel('How you met them').selectOption({ label: 'Video call' });
  await page.getByLabel('How you were told').selectOption({ label: 'By e-mail' });
  assert.equal(await page.getByLabel('Date of the rejection').inputValue(), isoDay(), 'the date defaults to today');
  await page.getByLabel('Name', { exact: true }).fill('María José Peña');
  await page.getByLabel('E-mail').fill('mj.pena@nordlicht.example');
  await page.getByLabel('Notes').fill('Good rapport with the panel; the Kafka partitioning question went badly.');
  await page.getByLabel('Sign as').fill('Alice Example');
  await page.getByRole('button', { name: 'Log rejection' }).focus();
  await page.screenshot({ path: join(SHOTS, 'job-board-form.png'), fullPage: true });

  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${API}/v1/rejections`) && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Log rejection' }).click(),
  ]);
  assert.equal(answer.status(), 201);
  assert.equal(answer.headers()['access-control-allow-origin'], DEMO, 'the browser got the answer through CORS');
  const created = await answer.json();
  const { thankYouNote, feedbackRequest, reflectionPrompts } = created.suggestions;
  await page.locator('#next-steps').waitFor({ state: 'visible' });
  await page.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
  assert.equal(await page.locator('#next-steps-title').textContent(), 'Senior Data Engineer at Nordlicht Analytics');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'next-steps-title', 'focus moves to the results');

  // The notes are the API's own text, with links that open them in a mail program.
  assert.equal(await page.locator('#thank-you-body').textContent(), thankYouNote.body);
  assert.match(thankYouNote.body, /María José Peña/);
  assert.equal(await page.locator('#thank-you-subject').textContent(), thankYouNote.subject);
  const thankYouLink = await page.getByRole('link', { name: 'Open in mail app' }).first().getAttribute('href');
  assert.ok(thankYouLink.startsWith('mailto:mj.pena@nordlicht.example?'), thankYouLink);
  assert.equal(thankYouLink, thankYouNote.mailto);
  assert.equal(feedbackRequest.recommended, true);
  assert.equal(await page.locator('#feedback-badge').textContent(), 'Recommended');
  assert.equal(await page.locator('#feedback-body').textContent(), feedbackRequest.body);
  const feedbackLink = await page.locator('#feedback-mailto').getAttribute('href');
  assert.ok(feedbackLink.startsWith('mailto:'), feedbackLink);
  assert.equal(feedbackLink, feedbackRequest.mailto);

  // Copy puts exactly the note on the clipboard.
  await page.locator('#copy-thank-you').click();
  await page.locator('#copy-thank-you', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), thankYouNote.body);
  await page.locator('#announcer', { hasText: 'copied to the clipboard' }).waitFor();

  // Reminders: the same steps, in the same order, as the service lists them.
  const dueBefore = isoDay(14);
  const reminders = await api(`/v1/reminders?dueBefore=${dueBefore}&size=50`, bearer);
  const listed = () => page.locator('#reminder-list li').evaluateAll((items) => items.map((item) => `${item.dataset.rejectionId} ${item.dataset.action}`));
  await page.locator('#reminder-list li').first().waitFor();
  assert.deepEqual(await listed(), reminders.items.map((r) => `${r.id} ${r.action}`));
  const ours = (await listed()).filter((entry) => entry.startsWith(created.id)).map((entry) => entry.split(' ')[1]);
  assert.ok(ours.includes('SEND_THANK_YOU') && ours.includes('REFLECT'), `reminders of the new record: ${ours}`);
  assert.ok(await page.locator('#reminder-list li', { hasText: 'Send the thank-you note' }).count() > 0);

  // Reflection prompts with answer boxes; saving persists and completes the REFLECT step.
  const boxes = page.locator('#prompts textarea');
  assert.equal(await boxes.count(), reflectionPrompts.length);
  const answer0 = 'The exactly-once question. Next time: idempotent producers and transactional writes.';
  await page.getByLabel(reflectionPrompts[1].question).fill(answer0);
  await page.getByRole('button', { name: 'Save answers' }).click();
  await page.locator('#reflection-status', { hasText: 'Saved 1 answer' }).waitFor();
  const reflection = await api(`/v1/rejections/${created.id}/reflection`, bearer);
  assert.deepEqual(reflection.answers, [{ promptKey: reflectionPrompts[1].key, answer: answer0 }]);
  await page.locator(`#reminder-list li[data-rejection-id="${created.id}"][data-action="REFLECT"]`).waitFor({ state: 'detached' });

  await page.locator('#announcer').evaluate((element) => { element.textContent = ''; });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'job-board-results.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#thank-you').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'job-board-mobile.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

await test('Job-board demo: keyboard focus is visible; problems from the API are shown at the fields they name', async () => {
  const page = await context.newPage();
  const problems = watch(page, { allowErrorStatus: [400, 401] });
  await page.goto(`${DEMO}/`);
  await page.locator('html[data-ready="true"]').waitFor();

  // Keyboard first: Tab reaches the skip link, and focus is visible.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the form');
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');

  // Nothing filled in: the page names the required fields without asking the service.
  await page.getByLabel('Access token').fill('');
  await page.getByRole('button', { name: 'Log rejection' }).click();
  await page.getByRole('alert').filter({ hasText: 'required fields' }).waitFor();
  assert.equal(await page.getByLabel('Company').getAttribute('aria-invalid'), 'true');

  // A token the service does not trust.
  await page.getByLabel('Access token').fill('not-a-token');
  await page.getByLabel('Company').fill('Acme Corp');
  await page.getByLabel('Role').fill('Platform Engineer');
  await page.getByRole('button', { name: 'Log rejection' }).click();
  await page.getByRole('alert').filter({ hasText: 'did not accept your access token' }).waitFor();

  // An e-mail address the service refuses: its problem names contact.email, shown beside that field.
  await page.getByLabel('Access token').fill(token(`browser-problem-${run}`, 'Bob Example'));
  await page.getByLabel('E-mail').fill('not-an-address');
  await page.getByRole('button', { name: 'Log rejection' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Invalid request' });
  await alert.waitFor();
  const email = page.getByLabel('E-mail');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  const describedBy = await email.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${describedBy.split(' ').pop()}`).textContent(), /e-mail/);
  await page.screenshot({ path: join(SHOTS, 'job-board-problem.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

await test('Job-board demo: paste a rejection e-mail and the form fills in for the person to check', async () => {
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${DEMO}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByLabel('Access token').fill(token(`browser-paste-${run}`, 'Alice Example'));
  await page.getByText('Paste the e-mail instead of typing').click();
  await page.getByLabel('The message you received').fill(readFileSync('src/test/resources/drafts/01-greenhouse-final-round.txt', 'utf8'));
  await page.getByRole('button', { name: 'Fill the form' }).click();
  await page.locator('#paste-status', { hasText: 'Filled' }).waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), 'Northwind Traders');
  assert.equal(await page.getByLabel('Role').inputValue(), 'Senior Data Engineer');
  assert.equal(await page.getByLabel('How far you got').inputValue(), 'FINAL_INTERVIEW');
  assert.equal(await page.getByLabel('Date of the rejection').inputValue(), '2026-11-03');
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Maria Lopez');
  assert.equal((await api('/v1/rejections', token(`browser-paste-${run}`, 'Alice Example'))).totalItems, 0, 'reading stores nothing');
  assert.deepEqual(problems, []);
  await page.close();
});

await test('Job-board demo: check a spreadsheet, see every row, import it, and nothing twice', async () => {
  const bearer = token(`browser-import-${run}`, 'Carmen Example');
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${DEMO}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByLabel('Access token').fill(bearer);
  await page.getByText('Import a spreadsheet instead').click();
  await page.getByLabel('File').setInputFiles('docs/examples/rejections-import.csv');

  await page.getByRole('button', { name: 'Check file' }).click();
  await page.locator('#import-status', { hasText: 'Nothing is saved yet' }).waitFor();
  const results = () => page.locator('#import-rows tbody tr td:nth-child(2)').allTextContents();
  assert.deepEqual(await results(), ['Ready to import', 'Ready to import', 'Ready to import']);
  assert.equal((await api('/v1/rejections', bearer)).totalItems, 0, 'a check stores nothing');
  await page.locator('#import').screenshot({ path: join(SHOTS, 'job-board-import.png') });

  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await page.locator('#import-status', { hasText: 'Imported.' }).waitFor();
  assert.deepEqual(await results(), ['Imported', 'Imported', 'Imported']);
  assert.equal((await api('/v1/rejections', bearer)).totalItems, 3);

  // The same file again: every row is already there.
  await page.getByRole('button', { name: 'Check file' }).click();
  await page.locator('#import-caption', { hasText: '3 already there' }).waitFor();
  assert.deepEqual(await results(), ['Already there', 'Already there', 'Already there']);
  assert.equal(await page.getByRole('button', { name: /^Import \d/ }).isHidden(), true);
  assert.deepEqual(problems, []);
  await page.close();
});

await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`browser: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
