// Mocha's spec output on the terminal, plus the layer's JSON result file for scripts/test-all.sh:
//   mocha --reporter ./scripts/lib/mocha-result-reporter.cjs --reporter-option result=FILE,layer=unit
// Failures include hook failures (mocha counts them in stats.failures).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

class SpecWithResult extends Mocha.reporters.Spec {
  constructor(runner, options = {}) {
    super(runner, options);
    const { result, layer = 'unit' } = options.reporterOption || options.reporterOptions || {};
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      if (!result) return;
      const { passes, failures, pending } = this.stats;
      fs.mkdirSync(path.dirname(path.resolve(result)), { recursive: true });
      const tmp = `${result}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, `${JSON.stringify({ layer, passed: passes, failed: failures, skipped: pending })}\n`);
      fs.renameSync(tmp, result);
    });
  }
}

module.exports = SpecWithResult;
