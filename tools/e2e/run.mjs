// Browser test of the main journeys: the real API (embedded PostgreSQL, demo data) and the built console in Chromium.
// Housing (Sosva): intake, the rules card, the chain, payment and register, typo correction, an MFC delivery; the
// calculator; capital repair (Neftekumsk): V1 to payment, V3, V4, and V2 on a second case; the journal of registration.
// Prerequisite: `npm run build`. Run: `node tools/e2e/run.mjs` (or `npm run test:e2e`).
// Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1 to watch, E2E_KEEP_DATA=1 to keep the data directory.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
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
const NEFTEKUMSK = 'Нефтекумск';
// the MFC's channel key, registered by the API at start-up (CHANNEL_KEY_MFC, at least 24 characters)
const MFC_KEY = `e2e-mfc-${randomBytes(16).toString('hex')}`;

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
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), HOST: '127.0.0.1', CHANNEL_KEY_MFC: MFC_KEY },
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

const selectAuthority = async (page, part) => {
  const select = page.getByLabel('Орган', { exact: true });
  const options = await select.locator('option').allTextContents();
  const label = options.find((o) => o.includes(part));
  expect(label, `the authority selector has no «${part}»; options: ${options.join(' | ')}`);
  await select.selectOption({ label });
};

const selectSosva = (page) => selectAuthority(page, SOSVA);

// sign out whoever is signed in, sign in as `user` in the authority named by `authority`
const switchUser = async (page, base, user, authority) => {
  const exit = page.getByRole('button', { name: 'Выход' });
  if (await exit.isVisible()) {
    await exit.click();
    await page.getByLabel('Логин').waitFor();
  }
  await login(page, base, user);
  await selectAuthority(page, authority);
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

// an event without a dialog: fire it and wait for the state it leads to
const fire = async (page, event, state) => {
  await action(page, event).click();
  await waitForState(page, state);
};

const expectPdf = async (page, url, what, minBytes = 1000) => {
  const res = await page.request.get(url);
  expect(res.ok(), `${what}: HTTP ${res.status()}`);
  const type = res.headers()['content-type'] ?? '';
  expect(type.startsWith('application/pdf'), `${what}: content-type ${type}, expected application/pdf`);
  const body = await res.body();
  expect(body.subarray(0, 5).toString() === '%PDF-', `${what}: the body is not a PDF`);
  expect(body.length >= minBytes, `${what}: ${body.length} bytes, expected at least ${minBytes}`);
  return body.length;
};

// a link of the page (href relative to the console) fetched with the page's session
const expectPdfLink = async (page, base, link, what, minBytes) => {
  await link.waitFor();
  const href = await link.getAttribute('href');
  expect(href, `${what}: the link has no href`);
  const size = await expectPdf(page, new URL(href, base).toString(), what, minBytes);
  log(`${what}: ${size} bytes`);
  return size;
};

const notice = (page, kind) => page.locator(`[data-testid="notice"][data-kind="${kind}"]`).last();

// «1 499,85 руб.» with any spaces, for a comparison with the figure typed
const plain = (text) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

// The clerk asks the agencies for what the application needs and polls until every answer is in.
const sendAndAnswerInteragency = async (page) => {
  await action(page, 'send_interagency_requests').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const checked = await dialog.locator('input[type="checkbox"]:checked').count();
  expect(checked > 0, 'no interagency data is preselected');
  await dialog.getByRole('button', { name: 'Направить запросы' }).click();
  await waitForState(page, ['interagency_pending', 'ready_for_review']);
  await page.getByTestId('interagency-row').first().waitFor();
  const deadline = Date.now() + 20_000;
  while ((await caseState(page)) === 'interagency_pending' && Date.now() < deadline) {
    const poll = page.getByRole('button', { name: 'Получить ответы' });
    if ((await poll.isVisible()) && (await poll.isEnabled())) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/interagency/poll'));
      await poll.click();
      await answered;
    }
    await sleep(300);
  }
  await waitForState(page, 'ready_for_review');
  const answered = await page.locator('[data-testid="interagency-row"][data-status="answered"]').count();
  expect(answered > 0, 'no interagency request is marked answered');
};

// start_review, then the rules card re-evaluates the new version of the case: wait for that answer before touching it
const startReview = async (page) => {
  const evaluated = page.waitForResponse((r) => r.url().endsWith('/evaluate') && r.request().method() === 'POST');
  await action(page, 'start_review').click();
  await waitForState(page, 'under_review');
  await (await evaluated).finished();
};

const ruling = async (page) => {
  const card = page.getByTestId('case-evaluation');
  const result = card.getByTestId('evaluation-result');
  await result.waitFor();
  const outcome = plain(await result.locator('.evaluation__head .badge').first().textContent());
  const amount = (await result.getByTestId('evaluation-amount').count()) > 0 ? plain(await result.getByTestId('evaluation-amount').textContent()) : '';
  const list = result.getByRole('list', { name: 'Основания отказа' });
  const grounds = (await list.count()) > 0 ? plain(await list.textContent()) : '';
  return { outcome, amount, grounds, card };
};

// The draft the rules gave, with no deviation: the info alert names the ruling, the comment is the plain one.
const draftAsRuled = async (page, { outcomeLabel, comment, ruled }) => {
  await action(page, 'draft_decision').click();
  const dialog = page.getByRole('dialog');
  const alert = dialog.getByTestId('decision-evaluation');
  await alert.waitFor();
  const said = plain(await alert.textContent());
  expect(said.includes(`По правилам регламента: ${ruled}`), `the draft dialog says «${said}», expected «По правилам регламента: ${ruled}…»`);
  expect(await dialog.getByLabel(outcomeLabel).isChecked(), `the draft does not start from «${outcomeLabel}»`);
  expect((await dialog.getByLabel('Причина решения, отличного от расчета').count()) === 0, 'the draft dialog asks for a reason though the draft follows the rules');
  await dialog.getByLabel('Комментарий для руководителя').fill(comment);
  return dialog;
};

// The App 1 form of capital repair for a demo applicant of Neftekumsk, found by SNILS, filled and taken.
const takeCapitalRepairApplication = async (page, { snils, category, address, area, share, lift, members = [], bankAccountBody, shotName }) => {
  await page.getByRole('link', { name: 'Новое заявление' }).first().click();
  await page.getByRole('heading', { name: 'Новое заявление' }).waitFor();
  const choose = page.getByRole('button', { name: 'Выбрать', exact: true }).first();
  // the page re-renders once the authority is switched: search again until the demo applicant is listed
  for (let i = 0; i < 5 && !(await choose.isVisible()); i++) {
    await page.getByLabel('СНИЛС').fill(snils);
    await page.getByRole('button', { name: 'Найти' }).click();
    await choose.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await choose.click();
  await page.getByTestId('selected-applicant').waitFor();
  await page.getByRole('button', { name: /Далее/ }).click();
  const form = page.getByRole('form', { name: 'Сведения заявления' });
  await form.getByLabel('Услуга').selectOption('capital-repair-compensation');
  await form.getByTestId(`category-${category}`).waitFor();
  await form.getByLabel('Способ подачи').selectOption('IN_PERSON_BODY');
  return {
    form,
    fill: async () => {
      await form.getByTestId(`category-${category}`).locator('input').check();
      await form.getByRole('group', { name: 'Работает ли заявитель' }).getByLabel('Не работает').check();
      for (const [i, m] of members.entries()) {
        await form.getByRole('button', { name: '+ Добавить члена семьи' }).click();
        await form.getByLabel(`ФИО, строка ${i + 1}`).fill(m.fullName);
        await form.getByLabel(`Дата рождения, строка ${i + 1}`).fill(m.birthDate);
        await form.getByLabel(`Пол, строка ${i + 1}`).selectOption(m.sex);
        await form.getByLabel(`Степень родства, строка ${i + 1}`).fill(m.kinship);
        await form.getByLabel(`Работает, строка ${i + 1}`).selectOption('no');
      }
      await form.getByLabel('Адрес жилого помещения').fill(address);
      await form.getByLabel('Общая площадь, м²').fill(area);
      await form.locator('[id="f-payload.dwelling.ownershipShare.numerator"]').fill(share[0]);
      await form.getByLabel('Знаменатель доли').fill(share[1]);
      await form.getByRole('group', { name: 'Помещение в многоквартирном доме' }).getByLabel('Да').check();
      await form.getByRole('group', { name: 'Дом на территории Ставропольского края' }).getByLabel('Да').check();
      await form.getByRole('group', { name: 'Лифтовое оборудование в доме' }).getByLabel(lift ? 'Есть' : 'Нет').check();
      await form.getByLabel('на счёте регионального оператора').check();
      await form.getByLabel('Номер счёта регионального оператора').fill('40604810600000000001');
      await form.getByLabel('через кредитную организацию (банк)').check();
      await form.getByLabel('Наименование банка').fill('Ставропольское отделение № 5230 ПАО Сбербанк');
      await form.getByLabel('БИК').fill('040702615');
      await form.getByLabel('Номер счёта', { exact: true }).fill(accountFor('040702615', bankAccountBody));
      await form.getByLabel('Способ получения результата').selectOption('PAPER_AT_BODY');
      for (const box of await form.getByRole('group', { name: 'Заявитель подтверждает' }).locator('input[type="checkbox"]').all()) await box.check();
      if (shotName) await shot(page, shotName);
      await form.getByRole('button', { name: 'Принять заявление' }).click();
      await page.getByTestId('actions-bar').waitFor({ timeout: 20_000 });
      await waitForState(page, 'received');
      const url = page.url();
      await fire(page, 'register', 'registered');
      const number = plain(await page.getByTestId('case-number').textContent()).replace('№', '').trim();
      expect(number, 'the registered capital-repair case has no number');
      return { url, number };
    },
  };
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
  // the housing grant of the rules under the demo's test parameters: C30 at 33,33 % of the charges of 4 500,00
  const housingAmount = '1 499,85';
  let caseNumber = '';
  let caseUrl = '';
  let mfcNumber = '';
  let capital = { url: '', number: '' };
  let withdrawn = { url: '', number: '' };

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

  await step('intake: the application form validates with the service schema and registers the case with its receipt and application PDFs', async () => {
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
    await fire(page, 'register', 'registered');
    caseNumber = plain(await page.getByTestId('case-number').textContent()).replace('№', '').trim();
    expect(caseNumber, 'the registered case has no number');
    await expectPdfLink(page, base, page.getByTestId('receipt-link'), 'registration receipt');
    await expectPdfLink(page, base, page.getByTestId('application-link'), 'housing application');
    await shot(page, 'case-registered');
    log(`case № ${caseNumber} at ${caseUrl}`);
  });

  await step('interagency requests are sent and answered', async () => {
    await sendAndAnswerInteragency(page);
    await shot(page, 'interagency-answered');
  });

  await step('the rules say refuse (D1: no records); the clerk confirms the right and the D3/D4 facts, recalculates to a grant with its amount, starts the review (the facts stay confirmed) and drafts it', async () => {
    const before = await ruling(page);
    // the simulated registry has no record of a fresh applicant: D1 «no records» denies the right (cl. 21(1))
    expect(before.outcome === 'Отказать' && before.grounds.includes('REF_01'), `the rules card says «${before.outcome}» (${before.grounds}), expected «Отказать» with REF_01`);
    const card = before.card;
    await card.getByText(/Установленные сведения \(\d+ из \d+\): проверьте и дополните/).click();
    // the applicant presented his labour veteran's certificate; the charges and the registered persons from his receipt
    await card.getByLabel('Право на меру социальной поддержки подтверждено (D1)').selectOption('true');
    await card.getByLabel('Начислено, ₽').fill('4500,00');
    await card.getByLabel('Зарегистрировано в жилом помещении, включая заявителя (D3)').fill('1');
    expect((await card.getByLabel('Право на меру социальной поддержки подтверждено (D1)').inputValue()) === 'true', 'the confirmed right did not stay in the facts form');
    await shot(page, 'evaluation-facts');
    await card.getByRole('button', { name: 'Пересчитать' }).click();
    await card.getByTestId('evaluation-amount').waitFor();
    const after = await ruling(page);
    expect(after.outcome === 'Предоставить' && after.amount.startsWith(housingAmount), `after the recalculation the card says «${after.outcome}», «${after.amount}»; expected «Предоставить», ${housingAmount} руб.`);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'evaluation-grant');
    // a new version of the case is evaluated again with what the clerk confirmed, not from the answers alone
    await startReview(page);
    const kept = await ruling(page);
    expect(kept.outcome === 'Предоставить' && kept.amount.startsWith(housingAmount), `after start_review the card says «${kept.outcome}», «${kept.amount}»; the confirmed facts were lost`);
    const dialog = await draftAsRuled(page, { outcomeLabel: 'О предоставлении компенсации', comment: 'Право подтверждено удостоверением ветерана труда; начисления за расчетный месяц — по квитанции.', ruled: `предоставить, ${housingAmount}` });
    await shot(page, 'draft-dialog');
    await dialog.getByRole('button', { name: 'Сформировать проект' }).click();
    await waitForState(page, 'deputy_review_grant');
    await page.locator('[data-testid="decision"][data-status="draft"]').waitFor();
    await shot(page, 'case-draft');
  });

  await step('the deputy head checks and signs the draft, the head approves it in the signing queue', async () => {
    await switchUser(page, base, 'deputy', SOSVA);
    await page.getByRole('link', { name: 'На подпись' }).click();
    await page.getByRole('tab', { name: /Проверка и подпись/ }).waitFor();
    const item = page.getByTestId('signing-item').filter({ hasText: caseNumber });
    await item.click();
    const frame = page.locator('iframe.pdf-frame');
    await frame.waitFor();
    await expectPdf(page, new URL(await frame.getAttribute('src'), base).toString(), 'draft decision preview');
    await page.getByRole('button', { name: 'Подписать', exact: true }).waitFor();
    await shot(page, 'signing-draft');
    await page.getByRole('button', { name: 'Подписать', exact: true }).click();
    await page.getByTestId('signing-notice').waitFor();
    await switchUser(page, base, 'head', SOSVA);
    await page.getByRole('link', { name: 'На подпись' }).click();
    await page.getByRole('tab', { name: 'Утверждение' }).click();
    await page.getByTestId('signing-item').filter({ hasText: caseNumber }).click();
    await page.getByRole('button', { name: 'Утвердить', exact: true }).waitFor();
    await shot(page, 'signing-approve');
    await page.getByRole('button', { name: 'Утвердить', exact: true }).click();
    await page.getByTestId('signing-notice').waitFor();
  });

  await step('the case shows the signed decision with its PDF', async () => {
    await page.getByRole('link', { name: 'Очередь дел' }).click();
    await page.getByLabel('Фамилия заявителя').fill(lastName);
    const row = page.getByTestId('queue-row').filter({ hasText: caseNumber });
    await row.waitFor();
    await row.click();
    await waitForState(page, 'approved_grant');
    const signed = page.locator('[data-testid="decision"][data-status="signed"]');
    await expectPdfLink(page, base, signed.getByTestId('decision-pdf'), 'signed housing decision with its calculation', 3000);
    await shot(page, 'case-approved');
  });

  await step('the clerk sends the copy of the decision in person and the decision notice appears with its PDF', async () => {
    await switchUser(page, base, 'clerk', SOSVA);
    await page.goto(caseUrl);
    await waitForState(page, 'approved_grant');
    await action(page, 'send_copy').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Способ направления').selectOption({ label: 'лично' });
    await dialog.getByRole('button', { name: 'Направить' }).click();
    await waitForState(page, 'grant_copy_sent');
    const sent = notice(page, 'decision');
    await sent.waitFor();
    const text = plain(await sent.textContent());
    expect(text.includes('лично') && text.includes('направлено'), `the decision notice says «${text}», expected «лично» and «направлено»`);
    await page.locator('[data-testid="decision"][data-status="issued"]').waitFor();
    await expectPdfLink(page, base, sent.getByTestId('notice-pdf'), 'housing decision notice');
  });

  await step('payments: the setup starts from the decided amount, the register is formed and approved with its list of recipients (PDF), exported and reconciled', async () => {
    await action(page, 'setup_payment').click();
    const dialog = page.getByRole('dialog');
    const amount = dialog.getByLabel(/Сумма компенсации в месяц/);
    await amount.waitFor();
    const prefilled = await amount.inputValue();
    expect(prefilled === housingAmount.replace(' ', ''), `the payment setup offers «${prefilled}», expected the decided ${housingAmount.replace(' ', '')}`);
    await shot(page, 'setup-payment-dialog');
    await dialog.getByRole('button', { name: 'Подтвердить' }).click();
    await waitForState(page, 'paying');
    const personPath = (await page.getByTestId('applicant-link').getAttribute('href')) ?? '';
    const payments = await page.request.get(new URL(`/api${personPath}/payments`, base).toString());
    expect(payments.ok(), `GET ${personPath}/payments: HTTP ${payments.status()}`);
    const [assignment] = (await payments.json()).assignments;
    expect(assignment?.status === 'active' && assignment.amountKopecks === 149985, `the assignment is ${JSON.stringify(assignment && { status: assignment.status, amountKopecks: assignment.amountKopecks })}, expected active with 149985 kopecks`);
    const month = assignment.firstMonth;
    log(`first payment month ${month}`);

    await page.getByRole('link', { name: 'Выплаты' }).click();
    const form = page.getByRole('form', { name: 'Сформировать реестр' });
    await form.getByLabel('Месяц выплаты').fill(month);
    await form.getByLabel('Способ выплаты').selectOption('bank');
    await form.getByRole('button', { name: 'Сформировать реестр' }).click();
    await page.waitForURL(/\/payments\/registers\/[0-9a-f-]{36}/);
    const registerUrl = page.url();
    const registerId = registerUrl.split('/').pop().split('?')[0];
    await page.locator('[data-testid="register-facts"][data-status="formed"]').waitFor({ timeout: 60_000 });
    const line = page.getByTestId('register-line').filter({ hasText: lastName });
    await line.waitFor();
    expect(plain(await line.textContent()).includes(housingAmount), `the register line does not carry ${housingAmount} руб.`);
    expect(!(await page.getByRole('button', { name: 'Утвердить реестр' }).isVisible()), 'the clerk is offered to approve the register');
    await shot(page, 'register-formed');

    await switchUser(page, base, 'head', SOSVA);
    await page.goto(registerUrl);
    await page.getByRole('button', { name: 'Утвердить реестр' }).click();
    await page.locator('[data-testid="register-facts"][data-status="approved"]').waitFor();
    const list = page.getByTestId('register-list-pdf');
    await page.getByRole('link', { name: 'Список получателей (PDF)' }).waitFor();
    await expectPdfLink(page, base, list, 'list of recipients of the approved register');
    const csv = await page.request.get(new URL(`/api/payment-registers/${registerId}/export?format=csv`, base).toString());
    expect(csv.status() === 200, `CSV export: HTTP ${csv.status()}`);
    expect((csv.headers()['content-type'] ?? '').startsWith('text/csv'), `CSV export: content-type ${csv.headers()['content-type']}`);
    const csvText = (await csv.body()).toString('utf8');
    expect(csvText.includes(lastName) && csvText.includes(';1499.85;'), 'the CSV for the bank has no line of the applicant with 1499.85');
    await page.reload();
    await page.locator('[data-testid="register-facts"][data-status="exported"]').waitFor();
    await shot(page, 'register-exported');

    await switchUser(page, base, 'clerk', SOSVA);
    await page.goto(registerUrl);
    await page.locator('[data-testid="register-facts"][data-status="exported"]').waitFor();
    const answer = await page.request.get(new URL(`/api/payment-registers/${registerId}/bank-simulator/reconciliation`, base).toString());
    expect(answer.ok(), `bank simulator: HTTP ${answer.status()}`);
    await page.getByLabel('Загрузить сверку').setInputFiles({ name: 'sverka.csv', mimeType: 'text/csv', buffer: await answer.body() });
    const reconciled = page.getByTestId('register-notice');
    await reconciled.waitFor();
    const said = plain(await reconciled.textContent());
    expect(said.includes('Выплачено 1,'), `after the upload the page says «${said}», expected «Выплачено 1»`);
    await page.locator('[data-testid="register-facts"][data-status="reconciled"]').waitFor();
    await shot(page, 'register-reconciled');

    await page.goto(new URL(personPath, base).toString());
    const paid = page.locator(`[data-testid="payment-month"][data-month="${month}"]`).filter({ hasText: 'Выплачено' });
    await paid.waitFor();
  });

  await step('housing typo correction: the clerk registers the request and notifies that the decision has no error', async () => {
    await page.goto(caseUrl);
    await waitForState(page, 'paying');
    await action(page, 'register_correction_request').click();
    const filing = page.getByTestId('filing-dialog');
    await filing.waitFor();
    await filing.getByLabel('Опечатка (ошибка): в каком документе и где').fill('Решение о предоставлении: отчество заявителя');
    await filing.getByLabel('Как следует указать').fill('Ивановна');
    await page.getByRole('dialog').getByRole('button', { name: 'Зарегистрировать' }).click();
    await waitForState(page, 'correction_review');
    await action(page, 'notify_no_error').click();
    const dialog = page.getByTestId('no-error-dialog');
    await dialog.getByLabel('Что проверено (вывод уведомления)').fill('Отчество в решении соответствует паспорту заявителя: опечаток и ошибок нет.');
    await page.getByRole('dialog').getByRole('button', { name: 'Направить уведомление' }).click();
    await waitForState(page, 'no_error_notified');
    await expectPdfLink(page, base, notice(page, 'no_error').getByTestId('notice-pdf'), 'housing no-error notice');
    await notice(page, 'no_error').scrollIntoViewIfNeeded();
    await shot(page, 'housing-no-error');
  });

  await step('calculator: a C25 applicant with 25,4 cSv gets a grant with its amount, with 25,0 cSv a refusal with its ground and clause', async () => {
    await page.getByRole('link', { name: 'Калькулятор' }).click();
    await page.getByLabel('Дата рождения').fill('1950-06-15');
    await page.getByRole('group', { name: 'Пол' }).getByLabel('мужской').check();
    await page.getByRole('button', { name: 'Далее: заявление' }).click();
    const form = page.getByRole('form', { name: 'Сведения заявления' });
    await form.getByLabel('Услуга').selectOption('housing-utilities-compensation');
    await form.getByPlaceholder(/Поиск по коду или названию категории/).fill('C25');
    await form.getByTestId('category-C25_SEMIPALATINSK').locator('input').check();
    await form.getByPlaceholder(/Поиск по коду или названию категории/).fill('');
    const dose = form.getByLabel('Суммарная (накопленная) эффективная доза облучения, сЗв (бэр)');
    await dose.fill('25,4');
    await form.getByLabel('Предъявленный документ, удостоверяющий личность').selectOption('passport');
    await form.getByRole('group', { name: /Сведения о регистрации есть/ }).getByLabel('Да').check();
    await form.getByRole('group', { name: 'Центральное отопление' }).getByLabel('Есть').check();
    await form.getByRole('group', { name: 'Газоснабжение' }).getByLabel('Нет').check();
    await form.getByLabel('через почтовое отделение').check();
    await form.getByLabel('Отделение почтовой связи').fill('ОПС 624971 пгт Сосьва');
    await form.getByLabel('Способ получения решения').selectOption('paper');
    await form.getByLabel('Начислено, ₽').fill('3000,00');
    await form.getByLabel('Зарегистрировано в жилом помещении, включая заявителя (D3)').fill('1');
    await form.getByRole('button', { name: 'Рассчитать' }).click();
    const answer = page.locator('section.card', { has: page.getByRole('heading', { name: 'Ответ по правилам регламента' }) });
    const result = answer.getByTestId('evaluation-result');
    await result.getByTestId('evaluation-amount').waitFor();
    const granted = plain(await result.locator('.evaluation__head').textContent());
    // the default rule of the test parameters: 50 % of the applicant's share
    expect(granted.includes('Предоставить') && granted.includes('1 500,00'), `the calculator answers «${granted}», expected «Предоставить» with 1 500,00 руб.`);
    await shot(page, 'calculator-grant');
    await dose.fill('25,0');
    await form.getByRole('button', { name: 'Рассчитать' }).click();
    const grounds = result.getByRole('list', { name: 'Основания отказа' });
    await grounds.waitFor();
    const refused = plain(await result.locator('.evaluation__head').textContent());
    const ground = plain(await grounds.textContent());
    expect(refused.includes('Отказать') && !refused.includes('руб.'), `with 25,0 cSv the calculator answers «${refused}», expected «Отказать» with no amount`);
    expect(/REF_01 .+\(.*п\. 21.*\)/.test(ground), `the refusal names «${ground}», expected REF_01 with its clause of cl. 21`);
    const dosed = plain(await result.getByRole('row', { name: /доза облучения более 25/ }).first().textContent());
    expect(dosed.includes('25') && dosed.includes('не выполнено'), `the explanation of the dose reads «${dosed}»`);
    await answer.scrollIntoViewIfNeeded();
    await shot(page, 'calculator-refusal');
  });

  await step('an MFC delivers a housing application through the intake API; the clerk finds it in the queue with its channel and registers it', async () => {
    const mfcSnils = snilsWithChecksum(`8${suffix}${String(Math.floor(Math.random() * 90) + 10)}`).replace(/\D/g, '');
    const reference = `MFC-E2E-${suffix}`;
    const body = {
      serviceSlug: 'housing-utilities-compensation',
      authorityCode: 'SOSVA-CSK',
      channel: 'MFC',
      channelReference: reference,
      variant: 'MFC',
      submittedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
      applicant: { snils: mfcSnils, lastName: 'Мфцева', firstName: 'Вера', middleName: 'Ильинична', birthDate: '1955-02-11', sex: 'female', registrationAddress: '624971, Свердловская обл., пгт Сосьва, ул. Толмачева, д. 3, кв. 7' },
      payload: {
        categories: ['C30_LABOUR_VETERAN'],
        categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true } },
        applicantStatus: 'citizen',
        identityDocumentKind: 'passport',
        place: 'residence',
        registrationShownInIdentityDocument: true,
        heating: { centralHeating: true, gasSupply: true },
        paymentMethod: { kind: 'post', postOffice: 'ОПС 624971 пгт Сосьва' },
        documentsSupplied: [],
        resultDelivery: 'mfc',
      },
      documents: [{ code: 'APPLICATION', title: 'Заявление о назначении компенсации расходов', providedBy: 'applicant' }],
      mfc: { workerName: 'Петрова Елена Викторовна', office: 'МФЦ, отдел в пгт Сосьва' },
    };
    const deliver = () =>
      fetch(`${base}/api/intake/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${MFC_KEY}`, 'idempotency-key': reference },
        body: JSON.stringify(body),
      });
    const first = await deliver();
    const delivered = await first.json();
    expect(first.status === 201 && delivered.caseId, `the MFC delivery: HTTP ${first.status} ${JSON.stringify(delivered)}`);
    // the MFC retries: the same key and body give the same case
    const again = await deliver();
    const replayed = await again.json();
    expect(again.status === 200 && replayed.caseId === delivered.caseId, `the repeated MFC delivery: HTTP ${again.status}, case ${replayed.caseId} instead of ${delivered.caseId}`);

    await page.getByRole('link', { name: 'Очередь дел' }).click();
    await page.getByLabel('Фамилия заявителя').fill('Мфцева');
    const row = page.getByTestId('queue-row').filter({ hasText: 'Мфцева' });
    await row.waitFor();
    const rowText = plain(await row.textContent());
    expect(rowText.includes('Через МФЦ') && rowText.includes('без номера'), `the queue row reads «${rowText}», expected the MFC channel and no number yet`);
    await shot(page, 'queue-mfc');
    await row.click();
    await waitForState(page, 'received');
    expect(page.url().endsWith(delivered.caseId), `the queue opened ${page.url()}, not the delivered case ${delivered.caseId}`);
    const channel = plain(await page.locator('.case-header .facts div', { hasText: 'Способ подачи' }).textContent());
    expect(channel.includes('Через МФЦ'), `the case header says «${channel}»`);
    await fire(page, 'register', 'registered');
    mfcNumber = plain(await page.getByTestId('case-number').textContent()).replace('№', '').trim();
    await expectPdfLink(page, base, page.getByTestId('receipt-link'), 'receipt of the MFC application');
    await shot(page, 'case-mfc-registered');
    log(`MFC case № ${mfcNumber}`);
  });

  await step('capital repair in Neftekumsk: the App 1 form registers the case, the head extends the decision term and the extension notice is made', async () => {
    await selectAuthority(page, NEFTEKUMSK);
    const intake = await takeCapitalRepairApplication(page, {
      snils: '156-234-789 79',
      category: 'A80_ALONE',
      address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5',
      area: '41,7',
      share: ['1', '1'],
      lift: true,
      bankAccountBody: '408178106800000' + suffix.slice(0, 4),
      shotName: 'capital-filled',
    });
    await intake.form.getByRole('button', { name: 'Принять заявление' }).click();
    await intake.form.locator('[role="alert"]').first().waitFor();
    await shot(page, 'capital-validation');
    capital = await intake.fill();
    await expectPdfLink(page, base, page.getByTestId('application-link'), 'capital-repair application (App 1)');
    log(`capital-repair case № ${capital.number}`);
    await switchUser(page, base, 'head', NEFTEKUMSK);
    await page.goto(capital.url);
    await waitForState(page, 'registered');
    await action(page, 'extend_term').click();
    const dialog = page.getByTestId('extend-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Основание продления').selectOption('EXT-01');
    await page.getByRole('dialog').getByRole('button', { name: 'Продлить срок' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectPdfLink(page, base, notice(page, 'extension').getByTestId('notice-pdf'), 'extension notice (App 8)');
    await shot(page, 'capital-extended');
  });

  await step('capital repair: the interagency answers give the rules a grant of 396,00 a month; the clerk drafts it as ruled', async () => {
    await switchUser(page, base, 'clerk', NEFTEKUMSK);
    await page.goto(capital.url);
    await waitForState(page, 'registered');
    await sendAndAnswerInteragency(page);
    await startReview(page);
    const r = await ruling(page);
    expect(r.outcome === 'Предоставить' && r.amount.startsWith('396,00'), `the rules card of Кравченко says «${r.outcome}», «${r.amount}» (${r.grounds}); expected «Предоставить», 396,00 руб.`);
    await r.card.scrollIntoViewIfNeeded();
    await shot(page, 'capital-evaluation');
    const dialog = await draftAsRuled(page, { outcomeLabel: 'О предоставлении компенсации', comment: 'Право и размер подтверждены ответами MV-1…MV-10.', ruled: 'предоставить, 396,00' });
    await dialog.getByRole('button', { name: 'Сформировать проект' }).click();
    await waitForState(page, 'department_head_review_grant');
  });

  await step('capital repair: the deputy initials the draft, the head signs the App 3 decision with its calculation', async () => {
    await switchUser(page, base, 'deputy', NEFTEKUMSK);
    await page.goto(capital.url);
    await fire(page, 'sign_draft', 'head_signature_grant');
    await switchUser(page, base, 'head', NEFTEKUMSK);
    await page.goto(capital.url);
    await waitForState(page, 'head_signature_grant');
    await fire(page, 'approve_decision', 'granted');
    const signed = page.locator('[data-testid="decision"][data-status="signed"]');
    await expectPdfLink(page, base, signed.getByTestId('decision-pdf'), 'capital-repair grant decision (App 3)', 3000);
    await signed.scrollIntoViewIfNeeded();
    await shot(page, 'capital-granted');
  });

  await step('capital repair: the clerk sends the App 5 notice and passes the file for payment with the decided 396,00', async () => {
    await switchUser(page, base, 'clerk', NEFTEKUMSK);
    await page.goto(capital.url);
    await waitForState(page, 'granted');
    await action(page, 'send_copy').click();
    await page.getByTestId('copy-dialog').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Направить' }).click();
    await waitForState(page, 'notified');
    await expectPdfLink(page, base, notice(page, 'decision').getByTestId('notice-pdf'), 'capital-repair grant notice (App 5)');
    await action(page, 'setup_payment').click();
    const amount = page.getByRole('dialog').getByLabel(/Сумма компенсации в месяц/);
    await amount.waitFor();
    const prefilled = await amount.inputValue();
    expect(prefilled === '396,00', `the payment setup offers «${prefilled}», expected the decided 396,00`);
    await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
    await waitForState(page, 'in_payment');
    const personPath = (await page.getByTestId('applicant-link').getAttribute('href')) ?? '';
    const payments = await (await page.request.get(new URL(`/api${personPath}/payments`, base).toString())).json();
    const assignment = payments.assignments.find((a) => a.amountKopecks === 39600 && a.status === 'active');
    expect(assignment, `Кравченко has no active assignment of 39600 kopecks: ${JSON.stringify(payments.assignments.map((a) => ({ status: a.status, amountKopecks: a.amountKopecks })))}`);
  });

  await step('capital repair V3: the recipient changes the delivery method through the MFC (App 10); the notice of the new details is made', async () => {
    await action(page, 'change_payment_details').click();
    const dialog = page.getByTestId('payment-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Номер счёта').fill(accountFor('040702615', '408178106800001' + suffix.slice(0, 4)));
    await dialog.getByLabel('Способ подачи заявления').selectOption({ label: 'Через МФЦ' });
    await expectPdfLink(page, base, dialog.getByTestId('form-link'), 'App 10 form (change of delivery method)');
    await shot(page, 'capital-v3-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Изменить реквизиты' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForState(page, 'in_payment');
    await expectPdfLink(page, base, notice(page, 'payment_details_change').getByTestId('notice-pdf'), 'notice of the new payment details');
  });

  await step('capital repair V4: the recipient asks to correct a typo (App 11); the clerk refuses on TYPO-REF-02 and the refusal notice is made', async () => {
    await action(page, 'register_correction_request').click();
    const filing = page.getByTestId('filing-dialog');
    await filing.waitFor();
    await filing.getByLabel('Опечатка (ошибка): в каком документе и где').fill('Решение о назначении компенсации: площадь жилого помещения');
    await filing.getByLabel('Как следует указать').fill('41,7 кв. м');
    const via = await filing.getByLabel('Способ подачи заявления').inputValue();
    expect(via === 'IN_PERSON_BODY', `the correction request is offered as filed via «${via}», expected IN_PERSON_BODY`);
    await expectPdfLink(page, base, filing.getByTestId('form-link'), 'App 11 form (typo correction)');
    await shot(page, 'capital-v4-filing');
    await page.getByRole('dialog').getByRole('button', { name: 'Зарегистрировать' }).click();
    await waitForState(page, 'correction_review');
    await action(page, 'refuse_correction').click();
    const dialog = page.getByTestId('ground-dialog');
    await dialog.getByLabel('Основание отказа в исправлении опечаток и ошибок').selectOption('TYPO-REF-02');
    await page.getByRole('dialog').getByRole('button', { name: 'Отказать в исправлении' }).click();
    await waitForState(page, 'correction_refused');
    await expectPdfLink(page, base, notice(page, 'correction_refusal').getByTestId('notice-pdf'), 'notice of the refusal to correct (TYPO-REF-02)');
    await notice(page, 'correction_refusal').scrollIntoViewIfNeeded();
    await shot(page, 'capital-v4-refused');
  });

  await step('capital repair V2: Белова withdraws her application before the decision; the refusal REF-11 goes through the chain as App 4', async () => {
    const intake = await takeCapitalRepairApplication(page, {
      snils: '201-348-765 32',
      category: 'A70_FAMILY',
      address: '356880, Ставропольский край, г. Нефтекумск, мкр. 2, д. 7, кв. 41',
      area: '58,4',
      share: ['1', '2'],
      lift: false,
      members: [{ fullName: 'Белов Виктор Семёнович', birthDate: '1950-01-11', sex: 'male', kinship: 'супруг' }],
      bankAccountBody: '408178106800002' + suffix.slice(0, 4),
    });
    withdrawn = await intake.fill();
    log(`capital-repair case № ${withdrawn.number} (to be withdrawn)`);
    await action(page, 'register_withdrawal').click();
    const filing = page.getByTestId('filing-dialog');
    await filing.waitFor();
    // the applicant came to the body herself: the filing channel stays as offered
    const via = await filing.getByLabel('Способ подачи заявления').inputValue();
    expect(via === 'IN_PERSON_BODY', `the withdrawal is offered as filed via «${via}», expected IN_PERSON_BODY (in person at the body)`);
    expect(!(await filing.getByLabel('Подано представителем').isChecked()), 'the withdrawal is marked as filed by a representative');
    await expectPdfLink(page, base, filing.getByTestId('form-link'), 'App 9 form (withdrawal)');
    await shot(page, 'capital-v2-filing');
    const evaluated = page.waitForResponse((r) => r.url().endsWith('/evaluate') && r.request().method() === 'POST');
    await page.getByRole('dialog').getByRole('button', { name: 'Зарегистрировать' }).click();
    await waitForState(page, 'withdrawal_review');
    await (await evaluated).finished();
    await page.getByTestId('case-evaluation').getByRole('list', { name: 'Основания отказа' }).filter({ hasText: 'REF-11' }).waitFor();
    const r = await ruling(page);
    expect(r.outcome === 'Отказать' && r.grounds.includes('REF-11') && !r.grounds.includes('REF-01'), `after the withdrawal the rules card says «${r.outcome}» (${r.grounds}); expected «Отказать» with REF-11`);
    const dialog = await draftAsRuled(page, { outcomeLabel: 'Об отказе в предоставлении', comment: 'Заявление отозвано заявителем (приложение 9).', ruled: 'отказать (REF-11)' });
    expect(await dialog.getByLabel(/REF-11/).isChecked(), 'REF-11 is not preselected');
    await shot(page, 'capital-v2-draft');
    await dialog.getByRole('button', { name: 'Сформировать проект' }).click();
    await waitForState(page, 'department_head_review_refusal');
    await switchUser(page, base, 'deputy', NEFTEKUMSK);
    await page.goto(withdrawn.url);
    await fire(page, 'sign_draft', 'head_signature_refusal');
    await switchUser(page, base, 'head', NEFTEKUMSK);
    await page.goto(withdrawn.url);
    await waitForState(page, 'head_signature_refusal');
    await fire(page, 'approve_decision', 'refused');
    const signed = page.locator('[data-testid="decision"][data-status="signed"]');
    expect(plain(await signed.textContent()).includes('REF-11'), 'the signed refusal does not name REF-11');
    await expectPdfLink(page, base, signed.getByTestId('decision-pdf'), 'capital-repair refusal decision (App 4)', 3000);
    await signed.scrollIntoViewIfNeeded();
    await shot(page, 'capital-v2-refused');
  });

  await step('the journal of registration lists the registered cases of each authority and opens as PDF', async () => {
    await switchUser(page, base, 'clerk', NEFTEKUMSK);
    await page.getByRole('link', { name: 'Журнал регистрации' }).click();
    await page.getByLabel('Услуга').selectOption('capital-repair-compensation');
    const table = page.getByTestId('journal-table');
    for (const number of [capital.number, withdrawn.number]) await table.getByRole('link', { name: number, exact: true }).waitFor();
    expect(plain(await table.textContent()).includes('REF-11'), 'the capital-repair journal does not show the refusal REF-11');
    await expectPdfLink(page, base, page.getByTestId('journal-pdf'), 'journal of registration (App 2)');
    await shot(page, 'journal-capital');
    await selectSosva(page);
    await page.getByLabel('Услуга').selectOption('housing-utilities-compensation');
    for (const number of [caseNumber, mfcNumber]) await table.getByRole('link', { name: number, exact: true }).waitFor();
    const mfcLine = plain(await table.getByRole('row').filter({ has: page.getByRole('link', { name: mfcNumber, exact: true }) }).textContent());
    expect(mfcLine.includes('МФЦ'), `the journal line of the MFC case reads «${mfcLine}»`);
    await expectPdfLink(page, base, page.getByTestId('journal-pdf'), 'journal of registration (housing)');
    await shot(page, 'journal-housing');
  });

  await step('the personal file lists the case; the admin sees the production calendar', async () => {
    await page.goto(caseUrl);
    await waitForState(page, 'no_error_notified');
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
    const result = plain(await page.getByTestId('calc-result').textContent());
    // 10 working days after 28.04.2025 skip the May holidays 1–4 and 8–11 May (8 May: day off moved from 23 February)
    expect(result.includes('16.05.2025'), `the working-day calculator says «${result}», expected 16.05.2025`);
    await shot(page, 'calendar-admin');
  });

  expect(consoleErrors.length === 0, `uncaught errors in the page: ${consoleErrors.join('; ')}`);
};

const main = async () => {
  await mkdir(shots, { recursive: true });
  // screenshots of an earlier run would mix with this one's
  for (const file of await readdir(shots)) if (file.endsWith('.png')) await rm(join(shots, file), { force: true });
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
