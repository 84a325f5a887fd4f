import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// What the Marketplace and VS Code read from package.json: files that must exist, commands that must
// be contributed, an icon of an accepted size, restricted settings that really exist.

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const commandIds = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));

describe('manifest', () => {
  it('the icon is a square PNG of 128 or 256 pixels', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon));
    assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.strictEqual(width, height);
    assert.ok([128, 256].includes(width), `icon is ${width}px`);
  });

  it('has the gallery fields: banner, repository, bugs, categories, Chinese keywords', () => {
    assert.match(manifest.galleryBanner.color, /^#[0-9a-fA-F]{6}$/);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    assert.match(manifest.repository.url, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
    assert.ok(manifest.categories.includes('Linters'));
    assert.ok(manifest.keywords.some((k: string) => /[\u4e00-\u9fff]/.test(k)));
    assert.ok(manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('every menu entry names a contributed command', () => {
    const named = Object.values(contributes.menus as Record<string, { command: string }[]>).flat().map((m) => m.command);
    assert.ok(named.length > 0);
    assert.deepStrictEqual(named.filter((c) => !commandIds.has(c)), []);
  });

  it('every walkthrough step has its media file and completes on a contributed command or setting', () => {
    const steps = contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps) as {
      id: string; media: { markdown?: string; image?: string }; completionEvents?: string[];
    }[];
    assert.ok(steps.length >= 2);
    for (const step of steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && fs.existsSync(path.join(root, media)), `${step.id}: media ${media} missing`);
      for (const event of step.completionEvents ?? []) {
        const [kind, id] = event.split(':');
        if (kind === 'onCommand') assert.ok(commandIds.has(id), `${step.id}: ${id} not contributed`);
        if (kind === 'onSettingChanged') assert.ok(id in contributes.configuration.properties, `${step.id}: ${id} not a setting`);
      }
    }
  });

  it('the settings restricted in untrusted workspaces exist, and extra patterns are among them', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.ok(restricted.includes('studyReport.residue.extraPatterns'));
    assert.deepStrictEqual(restricted.filter((k) => !(k in contributes.configuration.properties)), []);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });

  it('fix on save is not switched on by the extension (codeActionsOnSave stays the user\'s choice)', () => {
    const defaults = JSON.stringify(contributes.configurationDefaults ?? {});
    assert.ok(!defaults.includes('codeActionsOnSave'), defaults);
  });

  it('report documents get the editor defaults that Chinese prose needs', () => {
    const report = contributes.configurationDefaults['[study-report]'];
    // Paragraphs are single long lines; full-width punctuation is not ambiguous here; a line of Chinese
    // is one "word" to VS Code, so word-based suggestions would offer whole sentences.
    assert.strictEqual(report['editor.wordWrap'], 'on');
    assert.strictEqual(report['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.strictEqual(report['editor.wordBasedSuggestions'], 'off');
  });

  it('ships a web entry next to the Node one', () => {
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
    assert.strictEqual(manifest.main, './dist/extension.js');
  });
});
