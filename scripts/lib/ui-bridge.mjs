// Lets the integration suite, which runs in the extension host, ask the runner to act on the workbench
// page as a user would (playwright): for the parts of VS Code an extension cannot reach through its API,
// such as ticking entries in the Refactor Preview. The suite writes <dir>/ui/request-<n>.json, the
// runner answers in <dir>/ui/response-<n>.json.
//
// A request is { steps: [ { action, selector?, index?, key?, file?, timeout? } ] }, run in order:
//   wait     waits until `selector` is visible               → true
//   texts    the innerText of every element matching it      → [string]
//   checked  for every match: is it a ticked check box          → [boolean] (aria-checked)
//   click    clicks match number `index` (default 0)         → true
//   press    presses `key` on the page                       → true
//   screenshot writes the page to `file` (absolute .png)     → file
// The answer is { results: [...] } or { error: message } (the first failing step ends the request).
import * as fs from 'node:fs';
import * as path from 'node:path';

export function startUiBridge(page, suiteDir, log) {
  const dir = path.join(suiteDir, 'ui');
  fs.mkdirSync(dir, { recursive: true });
  const handled = new Set();
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      for (const name of fs.readdirSync(dir)) {
        const match = /^request-(\d+)\.json$/.exec(name);
        if (!match || handled.has(name)) continue;
        handled.add(name);
        const response = await serve(page, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')), log);
        const out = path.join(dir, `response-${match[1]}.json`);
        fs.writeFileSync(`${out}.tmp`, JSON.stringify(response));
        fs.renameSync(`${out}.tmp`, out);
      }
    } catch (error) {
      log(`ui bridge: ${error.message}`);
    } finally {
      busy = false;
    }
  }, 200);
  return () => clearInterval(timer);
}

async function serve(page, request, log) {
  const results = [];
  try {
    for (const step of request.steps ?? []) {
      const timeout = step.timeout ?? 15000;
      switch (step.action) {
        case 'wait':
          await page.locator(step.selector).first().waitFor({ state: 'visible', timeout });
          results.push(true);
          break;
        case 'texts':
          results.push(await page.locator(step.selector).allInnerTexts());
          break;
        case 'checked':
          results.push(await page.locator(step.selector).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-checked') === 'true' || n.classList.contains('checked'))));
          break;
        case 'click':
          await page.locator(step.selector).nth(step.index ?? 0).click({ timeout });
          results.push(true);
          break;
        case 'press':
          await page.keyboard.press(step.key);
          results.push(true);
          break;
        case 'screenshot':
          await page.screenshot({ path: step.file });
          results.push(step.file);
          break;
        default:
          throw new Error(`unknown ui action ${step.action}`);
      }
    }
    return { results };
  } catch (error) {
    log(`ui bridge step failed: ${error.message.split('\n')[0]}`);
    return { error: error.message.split('\n')[0], results };
  }
}
