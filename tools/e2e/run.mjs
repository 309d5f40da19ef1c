// Browser test of the main journey: the real API (embedded PostgreSQL, demo data) and the built console in Chromium.
// Prerequisite: `npm run build`. Run: `node tools/e2e/run.mjs` (or `npm run test:e2e`).
// Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 to watch, E2E_KEEP_DATA=1 to keep the data directory.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shots = join(root, 'e2e-screenshots');
const serverEntry = join(root, 'apps/api/dist/apps/api/src/main.js');
const consoleIndex = join(root, 'dist/console/index.html');
const PASSWORD = 'demo-password';
const SOSVA = 'Сосьвинского';

const results = [];
let server = null;
let browser = null;
let dataDir = null;
let serverLog = [];

const log = (message) => console.log(`[e2e] ${message}`);

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const startServer = async () => {
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run \`npm run build\` first`);
  if (!existsSync(consoleIndex)) throw new Error(`${consoleIndex} is missing: run \`npm run build\` first`);
  dataDir = await mkdtemp(join(tmpdir(), 'casework-e2e-'));
  const port = await freePort();
  const pgPort = await freePort();
  const logFile = createWriteStream(join(shots, 'server.log'));
  log(`starting the API on port ${port} (PostgreSQL on ${pgPort}, data in ${dataDir})`);
  server = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    logFile.write(chunk);
    serverLog.push(...chunk.toString().split('\n').filter(Boolean));
    if (serverLog.length > 60) serverLog = serverLog.slice(-60);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  let exited = null;
  server.on('exit', (code, signal) => {
    exited = { code, signal };
    logFile.end();
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the API exited during start-up (code ${exited.code}, signal ${exited.signal})`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) {
        log('the API is up');
        return base;
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error('the API did not answer GET /api/health within 180 s');
};

// SIGINT lets the API close Nest and stop PostgreSQL cleanly; SIGKILL only if it hangs.
const stopServer = async () => {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const done = new Promise((r) => server.once('exit', r));
  server.kill('SIGINT');
  const timer = setTimeout(() => {
    if (server.exitCode === null && server.signalCode === null) {
      log('the API did not stop in 20 s: SIGKILL');
      server.kill('SIGKILL');
    }
  }, 20_000);
  await done;
  clearTimeout(timer);
};

let shotNo = 0;
const shot = async (page, name) => {
  shotNo += 1;
  const file = join(shots, `${String(shotNo).padStart(2, '0')}-${name}.png`);
  // sticky bars would be painted mid-page in a full-page capture
  await page.screenshot({ path: file, fullPage: true, style: '.topbar, .sidebar__inner, .actions-bar, .submit-bar { position: static !important; }' });
};

const step = async (name, fn) => {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    log(`✗ ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    throw error;
  }
};

const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

// SNILS check digits (Pension Fund rule), so the test applicant passes the same validation as a real one.
const snilsWithChecksum = (nine) => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (9 - i);
  const check = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return `${nine.slice(0, 3)}-${nine.slice(3, 6)}-${nine.slice(6, 9)} ${String(check).padStart(2, '0')}`;
};

// A bank account whose control key matches the BIK (Bank of Russia procedure No. 515).
const accountFor = (bik, body) => {
  for (let k = 0; k <= 9; k++) {
    const account = `${body.slice(0, 8)}${k}${body.slice(8)}`;
    const digits = `${bik.slice(6)}${account}`;
    const weights = [7, 1, 3];
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += (Number(digits[i]) * weights[i % 3]) % 10;
    if (sum % 10 === 0) return account;
  }
  throw new Error('no control key');
};

const login = async (page, base, user) => {
  await page.goto(`${base}/`);
  await page.getByLabel('Логин').waitFor();
  await page.getByLabel('Логин').fill(user);
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('current-user').waitFor();
};

const selectSosva = async (page) => {
  const select = page.getByLabel('Орган');
  const options = await select.locator('option').allTextContents();
  const label = options.find((o) => o.includes(SOSVA) || o.includes('Сосьв'));
  expect(label, `the authority selector has no Sosva centre; options: ${options.join(' | ')}`);
  await select.selectOption({ label });
};

const caseState = async (page) => (await page.getByTestId('state-badge').first().getAttribute('data-state')) ?? '';

const waitForState = async (page, states, timeout = 15_000) => {
  const wanted = Array.isArray(states) ? states : [states];
  const deadline = Date.now() + timeout;
  let state = '';
  while (Date.now() < deadline) {
    state = await caseState(page);
    if (wanted.includes(state)) return state;
    await sleep(200);
  }
  const notice = await page.getByTestId('case-notice').textContent().catch(() => null);
  throw new Error(`expected the case in ${wanted.join(' or ')}, it is in ${state}${notice ? ` (${notice.trim()})` : ''}`);
};

const action = (page, event) => page.locator(`[data-testid="actions-bar"] button[data-event="${event}"]`);

const expectPdf = async (page, url, what) => {
  const res = await page.request.get(url);
  expect(res.ok(), `${what}: HTTP ${res.status()}`);
  const type = res.headers()['content-type'] ?? '';
  expect(type.startsWith('application/pdf'), `${what}: content-type ${type}, expected application/pdf`);
  const body = await res.body();
  expect(body.subarray(0, 5).toString() === '%PDF-', `${what}: the body is not a PDF`);
  return body.length;
};

const journey = async (base) => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: process.env.E2E_HEADED !== '1',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Asia/Yekaterinburg' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(e.message));

  const suffix = Date.now().toString().slice(-6);
  const snils = snilsWithChecksum(`9${suffix}${String(Math.floor(Math.random() * 90) + 10)}`);
  const lastName = 'Проверкина';
  let caseNumber = '';
  let caseUrl = '';

  await step('login page shows field errors, then the clerk signs in', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Укажите логин').waitFor();
    await shot(page, 'login-errors');
    await page.getByLabel('Логин').fill('clerk');
    await page.getByLabel('Пароль').fill('wrong-password');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('.alert--error').waitFor();
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByTestId('current-user').waitFor();
    await selectSosva(page);
    await page.getByRole('heading', { name: 'Очередь дел' }).waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, 'queue-clerk');
  });

  await step('intake: find no applicant, create one with field-level validation', async () => {
    await page.getByRole('link', { name: 'Новое заявление' }).first().click();
    await page.getByRole('heading', { name: 'Новое заявление' }).waitFor();
    await page.getByLabel('Фамилия').fill(lastName);
    await page.getByLabel('Дата рождения').fill('1961-04-12');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.getByText('Гражданин не найден').waitFor();
    await page.getByRole('button', { name: 'Завести нового гражданина' }).click();
    const form = page.getByRole('form', { name: 'Данные гражданина' });
    await form.getByLabel('Имя', { exact: true }).waitFor();
    await form.getByLabel('СНИЛС').fill('123-456-789 00');
    await form.getByRole('button', { name: 'Сохранить и выбрать заявителем' }).click();
    await form.getByText('Неверная контрольная сумма СНИЛС').waitFor();
    await form.getByText('Укажите имя').waitFor();
    await shot(page, 'applicant-validation');
    await form.getByLabel('Имя', { exact: true }).fill('Галина');
    await form.getByLabel('Отчество').fill('Ивановна');
    await form.getByLabel('Пол').selectOption('female');
    await form.getByLabel('СНИЛС').fill(snils);
    await form.getByLabel('Серия').fill('6506');
    await form.getByLabel('Номер', { exact: true }).fill(`4${suffix.slice(0, 5)}`);
    await form.getByLabel('Кем выдан').fill('ГУ МВД России по Свердловской области');
    await form.getByLabel('Дата выдачи').fill('2006-04-20');
    await form.getByLabel('Адрес регистрации по месту жительства').fill('624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 14, кв. 2');
    await form.getByRole('button', { name: 'Совпадает с адресом регистрации' }).click();
    await form.getByLabel('Телефон').fill('+7 343 455-12-34');
    await form.getByRole('button', { name: 'Сохранить и выбрать заявителем' }).click();
    await page.getByTestId('selected-applicant').waitFor();
    await shot(page, 'applicant-selected');
    await page.getByRole('button', { name: /Далее/ }).click();
  });

  await step('intake: the application form validates with the service schema and registers the case', async () => {
    const form = page.getByRole('form', { name: 'Сведения заявления' });
    await form.getByLabel('Способ подачи').selectOption('IN_PERSON');
    await form.getByRole('button', { name: 'Принять заявление' }).click();
    await form.getByText('Укажите хотя бы одну категорию').waitFor();
    await shot(page, 'application-validation');
    await form.getByPlaceholder(/Поиск по коду или названию категории/).fill('ветеран труда');
    await form.getByTestId('category-C30_LABOUR_VETERAN').locator('input').check();
    await form.getByPlaceholder(/Поиск по коду или названию категории/).fill('');
    const c30 = form.locator('.details-block', { hasText: 'C30' });
    await c30.getByRole('group', { name: 'Вышел на пенсию' }).getByLabel('Да').check();
    await form.getByRole('group', { name: /Сведения о регистрации есть/ }).getByLabel('Да').check();
    await form.getByRole('group', { name: 'Центральное отопление' }).getByLabel('Есть').check();
    await form.getByRole('group', { name: 'Газоснабжение' }).getByLabel('Есть').check();
    await form.getByLabel('через кредитную организацию (банк)').check();
    const bik = '046577674';
    await form.getByLabel('Наименование банка').fill('Уральский банк ПАО Сбербанк');
    await form.getByLabel('БИК').fill(bik);
    await form.getByLabel('Номер счёта').fill('40817810' + '0');
    await form.getByLabel('Способ получения решения').selectOption('paper');
    await form.getByRole('button', { name: 'Принять заявление' }).click();
    await form.getByText('Номер счета — 20 цифр').waitFor();
    await form.getByLabel('Номер счёта').fill(accountFor(bik, '408178101654000000' + suffix.slice(0, 1)));
    await form.getByRole('group', { name: /Представлены заявителем/ }).getByLabel(/Заявление о назначении/).check();
    await form.getByRole('group', { name: /Представлены заявителем/ }).getByLabel(/Паспорт или иной документ/).check();
    await shot(page, 'application-filled');
    await form.getByRole('button', { name: 'Принять заявление' }).click();
    await page.getByTestId('actions-bar').waitFor({ timeout: 20_000 });
    await waitForState(page, 'received');
    caseUrl = page.url();
    await shot(page, 'case-received');
    await action(page, 'register').click();
    await waitForState(page, 'registered');
    caseNumber = ((await page.getByTestId('case-number').textContent()) ?? '').replace('№', '').trim();
    expect(caseNumber, 'the registered case has no number');
    const receipt = await page.getByTestId('receipt-link').getAttribute('href');
    await expectPdf(page, new URL(receipt, base).toString(), 'registration receipt');
    await shot(page, 'case-registered');
    log(`case № ${caseNumber} at ${caseUrl}`);
  });

  await step('interagency requests are sent and answered', async () => {
    await action(page, 'send_interagency_requests').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const checked = await dialog.locator('input[type="checkbox"]:checked').count();
    expect(checked > 0, 'no interagency data is preselected');
    await shot(page, 'interagency-dialog');
    await dialog.getByRole('button', { name: 'Направить запросы' }).click();
    await waitForState(page, ['interagency_pending', 'ready_for_review']);
    await page.getByTestId('interagency-row').first().waitFor();
    await shot(page, 'interagency-sent');
    for (let i = 0; i < 20 && (await caseState(page)) === 'interagency_pending'; i++) {
      const poll = page.getByRole('button', { name: 'Получить ответы' });
      if (await poll.isVisible()) await poll.click();
      await page.waitForLoadState('networkidle');
      await sleep(500);
    }
    await waitForState(page, 'ready_for_review');
    const answered = await page.locator('[data-testid="interagency-row"][data-status="answered"]').count();
    expect(answered > 0, 'no interagency request is marked answered');
    await shot(page, 'interagency-answered');
  });

  await step('the clerk reviews the case and drafts a grant decision', async () => {
    await action(page, 'start_review').click();
    await waitForState(page, 'under_review');
    await action(page, 'draft_decision').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('О предоставлении компенсации').check();
    await dialog.getByLabel('Комментарий для руководителя').fill('Право подтверждено ответом УСП (D1), задолженности нет (D4).');
    await shot(page, 'draft-dialog');
    await dialog.getByRole('button', { name: 'Сформировать проект' }).click();
    await waitForState(page, 'deputy_review_grant');
    await page.locator('[data-testid="decision"][data-status="draft"]').waitFor();
    await shot(page, 'case-draft');
  });

  await step('the deputy head checks and signs the draft, the head approves it in the signing queue', async () => {
    await page.getByRole('button', { name: 'Выход' }).click();
    await page.getByLabel('Логин').waitFor();
    await login(page, base, 'deputy');
    await selectSosva(page);
    await page.getByRole('link', { name: 'На подпись' }).click();
    await page.getByRole('tab', { name: /Проверка и подпись/ }).waitFor();
    const item = page.getByTestId('signing-item').filter({ hasText: caseNumber });
    await item.click();
    const frame = page.locator('iframe.pdf-frame');
    await frame.waitFor();
    await expectPdf(page, new URL(await frame.getAttribute('src'), base).toString(), 'draft decision preview');
    await page.getByRole('button', { name: 'Подписать', exact: true }).waitFor();
    await sleep(800);
    await shot(page, 'signing-draft');
    await page.getByRole('button', { name: 'Подписать', exact: true }).click();
    await page.getByTestId('signing-notice').waitFor();
    await page.getByRole('button', { name: 'Выход' }).click();
    await page.getByLabel('Логин').waitFor();
    await login(page, base, 'head');
    await selectSosva(page);
    await page.getByRole('link', { name: 'На подпись' }).click();
    await page.getByRole('tab', { name: 'Утверждение' }).click();
    await page.getByTestId('signing-item').filter({ hasText: caseNumber }).click();
    await page.getByRole('button', { name: 'Утвердить', exact: true }).waitFor();
    await sleep(800);
    await shot(page, 'signing-approve');
    await page.getByRole('button', { name: 'Утвердить', exact: true }).click();
    await page.getByTestId('signing-notice').waitFor();
    await shot(page, 'signing-done');
  });

  await step('the case shows the signed decision with its PDF', async () => {
    await page.getByRole('link', { name: 'Очередь дел' }).click();
    await page.getByLabel('Фамилия заявителя').fill(lastName);
    const row = page.getByTestId('queue-row').filter({ hasText: caseNumber });
    await row.waitFor();
    await shot(page, 'queue-head');
    await row.click();
    await waitForState(page, 'approved_grant');
    const signed = page.locator('[data-testid="decision"][data-status="signed"]');
    await signed.waitFor();
    const href = await signed.getByTestId('decision-pdf').getAttribute('href');
    const size = await expectPdf(page, new URL(href, base).toString(), 'signed decision');
    log(`signed decision PDF: ${size} bytes`);
    await shot(page, 'case-approved');
  });

  await step('the clerk sends the copy of the decision in person and the decision notice appears with its PDF', async () => {
    await page.getByRole('button', { name: 'Выход' }).click();
    await page.getByLabel('Логин').waitFor();
    await login(page, base, 'clerk');
    await selectSosva(page);
    await page.goto(caseUrl);
    await waitForState(page, 'approved_grant');
    await action(page, 'send_copy').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Способ направления').selectOption({ label: 'лично' });
    await shot(page, 'send-copy-dialog');
    await dialog.getByRole('button', { name: 'Направить' }).click();
    await waitForState(page, 'grant_copy_sent');
    const notice = page.locator('[data-testid="notice"][data-kind="decision"]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text.includes('лично') && text.includes('направлено'), `the decision notice says «${text.trim()}», expected «лично» and «направлено»`);
    await page.locator('[data-testid="decision"][data-status="issued"]').waitFor();
    const href = await notice.getByTestId('notice-pdf').getAttribute('href');
    const size = await expectPdf(page, new URL(href, base).toString(), 'decision notice');
    log(`decision notice PDF: ${size} bytes`);
    await notice.scrollIntoViewIfNeeded();
    await shot(page, 'case-copy-sent');
  });

  await step('payments: the clerk sets the payment up and forms the register, the head approves it, the bank file goes out and its answer is reconciled', async () => {
    await action(page, 'setup_payment').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Сумма компенсации/).fill('1 234,56');
    await shot(page, 'setup-payment-dialog');
    await dialog.getByRole('button', { name: 'Подтвердить' }).click();
    await waitForState(page, 'paying');
    const personPath = (await page.getByTestId('applicant-link').getAttribute('href')) ?? '';
    const payments = await page.request.get(new URL(`/api${personPath}/payments`, base).toString());
    expect(payments.ok(), `GET ${personPath}/payments: HTTP ${payments.status()}`);
    const [assignment] = (await payments.json()).assignments;
    // typed in rubles, stored in kopecks
    expect(assignment?.status === 'active' && assignment.amountKopecks === 123456, `the assignment is ${JSON.stringify(assignment && { status: assignment.status, amountKopecks: assignment.amountKopecks })}, expected active with 123456 kopecks`);
    const month = assignment.firstMonth;
    log(`first payment month ${month}`);

    await page.getByRole('link', { name: 'Выплаты' }).click();
    const form = page.getByRole('form', { name: 'Сформировать реестр' });
    await form.getByLabel('Месяц выплаты').fill(month);
    await form.getByLabel('Способ выплаты').selectOption('bank');
    await shot(page, 'register-form');
    await form.getByRole('button', { name: 'Сформировать реестр' }).click();
    await page.waitForURL(/\/payments\/registers\/[0-9a-f-]{36}/);
    const registerUrl = page.url();
    const registerId = registerUrl.split('/').pop().split('?')[0];
    await page.locator('[data-testid="register-facts"][data-status="formed"]').waitFor({ timeout: 60_000 });
    const line = page.getByTestId('register-line').filter({ hasText: lastName });
    await line.waitFor();
    expect(((await line.textContent()) ?? '').includes('1\u00a0234,56'), 'the register line does not carry 1 234,56 руб.');
    expect(!(await page.getByRole('button', { name: 'Утвердить реестр' }).isVisible()), 'the clerk is offered to approve the register');
    await shot(page, 'register-formed');

    await page.getByRole('button', { name: 'Выход' }).click();
    await login(page, base, 'head');
    await selectSosva(page);
    await page.goto(registerUrl);
    await page.getByRole('button', { name: 'Утвердить реестр' }).click();
    await page.locator('[data-testid="register-facts"][data-status="approved"]').waitFor();
    const csv = await page.request.get(new URL(`/api/payment-registers/${registerId}/export?format=csv`, base).toString());
    expect(csv.status() === 200, `CSV export: HTTP ${csv.status()}`);
    expect((csv.headers()['content-type'] ?? '').startsWith('text/csv'), `CSV export: content-type ${csv.headers()['content-type']}`);
    const csvText = (await csv.body()).toString('utf8');
    expect(csvText.includes(lastName) && csvText.includes(';1234.56;'), 'the CSV for the bank has no line of the applicant with 1234.56');
    await page.reload();
    await page.locator('[data-testid="register-facts"][data-status="exported"]').waitFor();
    await shot(page, 'register-exported');

    await page.getByRole('button', { name: 'Выход' }).click();
    await login(page, base, 'clerk');
    await selectSosva(page);
    await page.goto(registerUrl);
    await page.locator('[data-testid="register-facts"][data-status="exported"]').waitFor();
    const answer = await page.request.get(new URL(`/api/payment-registers/${registerId}/bank-simulator/reconciliation`, base).toString());
    expect(answer.ok(), `bank simulator: HTTP ${answer.status()}`);
    await page.getByLabel('Загрузить сверку').setInputFiles({ name: 'sverka.csv', mimeType: 'text/csv', buffer: await answer.body() });
    const reconciled = page.getByTestId('register-notice');
    await reconciled.waitFor();
    const said = ((await reconciled.textContent()) ?? '').trim();
    expect(said.includes('Выплачено 1,'), `after the upload the page says «${said}», expected «Выплачено 1»`);
    await page.locator('[data-testid="register-facts"][data-status="reconciled"]').waitFor();
    await shot(page, 'register-reconciled');

    await page.goto(new URL(personPath, base).toString());
    const paid = page.locator(`[data-testid="payment-month"][data-month="${month}"]`).filter({ hasText: 'Выплачено' });
    await paid.waitFor();
    await paid.scrollIntoViewIfNeeded();
    await shot(page, 'personal-file-paid');
    await page.goto(caseUrl);
  });

  await step('capital repair in Neftekumsk: the App 1 form registers the case, the head extends the decision term and the extension notice is made', async () => {
    await page.getByRole('button', { name: 'Выход' }).click();
    await login(page, base, 'clerk');
    const authority = page.getByLabel('Орган');
    const options = await authority.locator('option').allTextContents();
    const neftekumsk = options.find((o) => o.includes('Нефтекумск'));
    expect(neftekumsk, `the authority selector has no Neftekumsk; options: ${options.join(' | ')}`);
    await authority.selectOption({ label: neftekumsk });
    await page.getByRole('link', { name: 'Новое заявление' }).first().click();
    await page.getByRole('heading', { name: 'Новое заявление' }).waitFor();
    const choose = page.getByRole('button', { name: 'Выбрать', exact: true }).first();
    // the page re-renders once the authority is switched: search again until the demo applicant is listed
    for (let i = 0; i < 5 && !(await choose.isVisible()); i++) {
      await page.getByLabel('СНИЛС').fill('156-234-789 79');
      await page.getByRole('button', { name: 'Найти' }).click();
      await choose.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await choose.click();
    await page.getByTestId('selected-applicant').waitFor();
    await page.getByRole('button', { name: /Далее/ }).click();
    const form = page.getByRole('form', { name: 'Сведения заявления' });
    await form.getByLabel('Услуга').selectOption('capital-repair-compensation');
    await form.getByTestId('category-A80_ALONE').waitFor();
    await form.getByLabel('Способ подачи').selectOption('IN_PERSON_BODY');
    await form.getByRole('button', { name: 'Принять заявление' }).click();
    await form.locator('[role="alert"]').first().waitFor();
    await shot(page, 'capital-validation');
    await form.getByTestId('category-A80_ALONE').locator('input').check();
    await form.getByRole('group', { name: 'Работает ли заявитель' }).getByLabel('Не работает').check();
    await form.getByLabel('Адрес жилого помещения').fill('356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5');
    await form.getByLabel('Общая площадь, м²').fill('41,7');
    await form.locator('[id="f-payload.dwelling.ownershipShare.numerator"]').fill('1');
    await form.getByLabel('Знаменатель доли').fill('1');
    await form.getByRole('group', { name: 'Помещение в многоквартирном доме' }).getByLabel('Да').check();
    await form.getByRole('group', { name: 'Дом на территории Ставропольского края' }).getByLabel('Да').check();
    await form.getByRole('group', { name: 'Лифтовое оборудование в доме' }).getByLabel('Есть').check();
    await form.getByLabel('на счёте регионального оператора').check();
    await form.getByLabel('Номер счёта регионального оператора').fill('40604810600000000001');
    await form.getByLabel('через кредитную организацию (банк)').check();
    await form.getByLabel('Наименование банка').fill('Ставропольское отделение № 5230 ПАО Сбербанк');
    await form.getByLabel('БИК').fill('040702615');
    await form.getByLabel('Номер счёта', { exact: true }).fill(accountFor('040702615', '408178106800000' + suffix.slice(0, 4)));
    await form.getByLabel('Способ получения результата').selectOption('PAPER_AT_BODY');
    for (const box of await form.getByRole('group', { name: 'Заявитель подтверждает' }).locator('input[type="checkbox"]').all()) await box.check();
    await shot(page, 'capital-filled');
    await form.getByRole('button', { name: 'Принять заявление' }).click();
    await page.getByTestId('actions-bar').waitFor({ timeout: 20_000 });
    await waitForState(page, 'received');
    const capitalUrl = page.url();
    await action(page, 'register').click();
    await waitForState(page, 'registered');
    await page.getByRole('button', { name: 'Выход' }).click();
    await login(page, base, 'head');
    await authority.selectOption({ label: neftekumsk });
    await page.goto(capitalUrl);
    await action(page, 'extend_term').click();
    const dialog = page.getByTestId('extend-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Основание продления').selectOption('EXT-01');
    await shot(page, 'capital-extend-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Продлить срок' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const notice = page.locator('[data-testid="notice"][data-kind="extension"] [data-testid="notice-pdf"]').first();
    await notice.waitFor();
    await expectPdf(page, new URL((await notice.getAttribute('href')) ?? '', base).toString(), 'extension notice');
    await shot(page, 'capital-extended');
    await page.getByRole('button', { name: 'Выход' }).click();
    await login(page, base, 'clerk');
    await selectSosva(page);
    await page.goto(caseUrl);
  });

  await step('the personal file lists the case; the admin sees the production calendar', async () => {
    await page.getByTestId('applicant-link').click();
    await page.getByTestId('person-cases').getByRole('link', { name: caseNumber }).waitFor();
    await shot(page, 'personal-file');
    await page.getByRole('button', { name: 'Выход' }).click();
    await login(page, base, 'admin');
    await page.getByRole('link', { name: 'Календарь' }).click();
    await page.getByLabel('Год', { exact: true }).waitFor();
    await page.locator('.day[data-date$="-05-01"]').first().waitFor();
    await page.getByLabel('Рабочих дней').fill('10');
    await page.getByLabel('От даты').fill('2025-04-28');
    await page.getByRole('button', { name: 'Рассчитать' }).click();
    const result = (await page.getByTestId('calc-result').textContent()) ?? '';
    // 10 working days after 28.04.2025 skip the May holidays 1–4 and 8–11 May (8 May: day off moved from 23 February)
    expect(result.includes('16.05.2025'), `the working-day calculator says «${result.trim()}», expected 16.05.2025`);
    await shot(page, 'calendar-admin');
  });

  expect(consoleErrors.length === 0, `uncaught errors in the page: ${consoleErrors.join('; ')}`);
};

const main = async () => {
  await mkdir(shots, { recursive: true });
  let failure = null;
  try {
    const base = await startServer();
    await journey(base);
  } catch (error) {
    failure = error;
  } finally {
    if (browser) {
      if (failure) {
        const page = browser.contexts()[0]?.pages()[0];
        if (page) await page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => undefined);
      }
      await browser.close().catch(() => undefined);
    }
    await stopServer();
    if (dataDir && process.env.E2E_KEEP_DATA !== '1') await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = failure ? 1 : 0;
  if (failure) {
    console.error(`\n[e2e] FAILED: ${failure instanceof Error ? failure.stack ?? failure.message : String(failure)}`);
    if (serverLog.length > 0) console.error(`[e2e] last API log lines:\n${serverLog.slice(-20).join('\n')}`);
    console.error(`[e2e] screenshots and server.log: ${shots}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
};

process.once('SIGINT', () => {
  void stopServer().finally(() => process.exit(130));
});

await main();
