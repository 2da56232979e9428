// Headless-Chromium test of the query service's pages, as a person uses them (run by BrowserTests.cs, or by hand:
//   node tests/browser/query-service.mjs http://127.0.0.1:5180 /tmp/shots person/vladimir-poutine who-met-whom).
// Drives Debian's /usr/bin/chromium with npm's playwright-core (installed by scripts/install-browser.sh into
// .tools/browser-test; KG_BROWSER_MODULES points at its node_modules). Prints one JSON summary line; exit 1 on failure.
//  1. / : pick an example in the select, press YASGUI's run button, the results table has rows; the page URL is a
//     shareable link that opens the same query; every request stays on this server (no CDN, no remote completer).
//  2. a person's page: follow a link to one of their meetings; the meeting page names its attendees, the person among them.
//  3. a claim trace (the claim reported by the most outlets): every outlet of the JSON trace is on the page, each with
//     its own wording highlighted.
import { createRequire } from "node:module";
import path from "node:path";
import fs from "node:fs";

const [base, shots, personPath, exampleName] = process.argv.slice(2);
const modules = process.env.KG_BROWSER_MODULES;
const require = createRequire(path.join(modules, "noop.js"));
const { chromium } = require("playwright-core");
fs.mkdirSync(shots, { recursive: true });

const summary = {};
function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const foreign = [];
  context.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // 1. The query page.
  await page.goto(base + "/", { waitUntil: "load" });
  await page.waitForFunction(() => window.kgYasgui !== undefined, null, { timeout: 30000 });
  const options = await page.$$eval("#examples option", (os) => os.map((o) => ({ value: o.value, text: o.textContent })));
  const option = options.find((o) => o.text.startsWith(exampleName + " "));
  check(option, `no example ${exampleName} in the select (${options.length} options)`);
  summary.examples = options.length - 1;
  await page.selectOption("#examples", option.value);
  const query = await page.evaluate(() => window.kgYasgui.getTab().getQuery());
  check(query.includes("SELECT"), "the example did not reach the editor: " + query.slice(0, 80));
  await page.click(".yasqe_queryButton");
  await page.waitForSelector(".yasr table tbody tr", { timeout: 60000 });
  summary.rows = await page.$$eval(".yasr table tbody tr", (rows) => rows.filter((r) => !r.querySelector(".dataTables_empty")).length);
  check(summary.rows > 0, "the results table has no rows");
  await page.screenshot({ path: path.join(shots, "1-query-page.png"), fullPage: true });
  await page.waitForFunction(() => (location.hash + location.search).includes("query="), null, { timeout: 10000 });
  summary.shareUrl = page.url().length;
  const shared = await context.newPage();
  await shared.goto(page.url(), { waitUntil: "load" });
  await shared.waitForFunction(() => window.kgYasgui !== undefined, null, { timeout: 30000 });
  const sharedQuery = await shared.evaluate(() => window.kgYasgui.getTab().getQuery());
  check(sharedQuery.trim() === query.trim(), "the shared URL does not open the same query");
  await shared.close();
  check(foreign.length === 0, "requests left the server: " + foreign.slice(0, 5).join(", "));
  check(errors.length === 0, "script errors on the query page: " + errors.join("; "));

  // 2. A person's page, then one of their meetings.
  await page.goto(base + "/id/" + personPath, { waitUntil: "load" });
  const person = (await page.textContent("h1")).trim();
  const meetingLink = page.locator("li.meeting a[href^='/id/meeting/']").first();
  check((await meetingLink.count()) > 0, `no meeting link on ${personPath}`);
  await page.screenshot({ path: path.join(shots, "2-person-page.png"), fullPage: true });
  await Promise.all([page.waitForURL("**/id/meeting/**"), meetingLink.click()]);
  const attendees = await page.$$eval(".attendees a", (as) => as.map((a) => a.textContent.trim()));
  check(attendees.includes(person), `${person} is not among the attendees on ${page.url()}: ${attendees.join(", ")}`);
  summary.person = person;
  summary.meeting = page.url().slice(base.length);
  summary.attendees = attendees.length;
  await page.screenshot({ path: path.join(shots, "3-meeting-page.png"), fullPage: true });

  // 3. The claim reported by the most outlets, traced.
  const search = await (await fetch(base + "/claims?format=json&limit=1000")).json();
  check(search.claims.length > 0, "the claim search found no claim");
  const best = search.claims.reduce((a, b) => (b.outlets.length > a.outlets.length ? b : a));
  const trace = await (await fetch(base + best.trace, { headers: { Accept: "application/json" } })).json();
  await page.goto(base + best.trace, { waitUntil: "load" });
  const items = await page.$$eval("ol > li", (lis) => lis.map((li) => ({ meta: li.querySelector(".meta").textContent, mark: li.querySelector("mark").textContent })));
  check(items.length === trace.reports.length, `${items.length} reports on the page, ${trace.reports.length} in the trace`);
  trace.reports.forEach((r, i) => {
    check(items[i].meta.includes(r.outlet ?? "média inconnu"), `report ${i + 1}: outlet ${r.outlet} missing from "${items[i].meta}"`);
    check(items[i].mark === r.text, `report ${i + 1}: wording "${items[i].mark}" is not "${r.text}"`);
  });
  summary.claim = best.trace;
  summary.outlets = [...new Set(trace.reports.map((r) => r.outlet))];
  await page.screenshot({ path: path.join(shots, "4-claim-trace.png"), fullPage: true });
  console.log(JSON.stringify({ ok: true, ...summary }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e && e.message || e), ...summary }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
