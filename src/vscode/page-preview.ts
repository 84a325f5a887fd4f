/**
 * Page preview beside the editor, like Markdown's: the report on A4 sheets at the 22 × 28 grid with page
 * numbers, from the same page breaker as the Word export. It follows the active report editor, updates
 * 300 ms after typing stops and scrolls to the page of the cursor. No Node API, no remote resource.
 */
import * as vscode from 'vscode';
import { buildBlocks, pageOfLine, paginate, previewCss, previewPagesHtml } from '../core';
import type { Analyses } from './analyses';
import type { ConfigFiles } from './config-files';
import { EXPORT_COMMAND } from './export-command';
import { exportOptionsFor } from './export-settings';

export const PREVIEW_COMMAND = 'studyReport.showPagePreview';
/** Not contributed: the integration tests read what the preview last drew. */
export const PREVIEW_STATE_COMMAND = 'studyReport.test.pagePreviewState';

const VIEW_TYPE = 'studyReport.pagePreview';
const DEBOUNCE_MS = 300;
const PREVIEW_LANGUAGES = new Set(['study-report', 'plaintext', 'markdown']);

export interface PreviewState {
  /** Pages in the last HTML sent. */
  pages: number;
  html: string;
  /** Pages the webview reported after drawing it (0 until it has). */
  drawnPages: number;
  /** Document version the HTML was made from. */
  version: number;
  uri?: string;
}

export function registerPagePreview(context: vscode.ExtensionContext, analyses: Analyses, configFiles: ConfigFiles): void {
  const preview = new PagePreview(analyses, configFiles);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand(PREVIEW_COMMAND, (uri?: vscode.Uri) => preview.show(uri)),
    vscode.commands.registerCommand(PREVIEW_STATE_COMMAND, (): PreviewState => preview.state),
  );
}

class PagePreview implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private timer?: ReturnType<typeof setTimeout>;
  private generation = 0;
  private lastBlocks?: ReturnType<typeof buildBlocks>;
  private lastPages?: ReturnType<typeof paginate>;
  private css = '';
  state: PreviewState = { pages: 0, html: '', drawnPages: 0, version: -1 };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analyses: Analyses, private readonly configFiles: ConfigFiles) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && PREVIEW_LANGUAGES.has(editor.document.languageId) && editor.document !== this.document) {
          this.document = editor.document;
          void this.render();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.panel && e.textEditor.document === this.document) this.reveal(e.selections[0].active.line);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('studyReport')) this.schedule();
      }),
      configFiles.onDidChange(() => {
        if (this.panel) this.schedule();
      }),
    );
  }

  async show(uri?: vscode.Uri): Promise<void> {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a report in the editor first.'));
      return;
    }
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Page Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.css = previewCss(exportOptionsFor(document.uri, this.configFiles));
      this.panel.webview.html = this.shell(this.panel.webview, this.css);
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.state = { pages: 0, html: '', drawnPages: 0, version: -1 };
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: { type?: string; pages?: number; generation?: number }) => {
        if (message.type === 'ready') void this.render();
        else if (message.type === 'drawn' && message.generation === this.generation) this.state = { ...this.state, drawnPages: message.pages ?? 0 };
        else if (message.type === 'export' && this.document) void vscode.commands.executeCommand(EXPORT_COMMAND, this.document.isUntitled ? undefined : this.document.uri);
      }, undefined, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      await this.render();
    }
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), DEBOUNCE_MS);
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const options = exportOptionsFor(document.uri, this.configFiles);
    const blocks = buildBlocks(this.analyses.get(document), options);
    const pages = paginate(blocks);
    const html = previewPagesHtml(pages, blocks);
    this.lastBlocks = blocks;
    this.lastPages = pages;
    const css = previewCss(options);
    if (css !== this.css) {
      // Other fonts: a new page (the styles are part of it, under its nonce); it asks to be drawn when ready.
      this.css = css;
      panel.webview.html = this.shell(panel.webview, css);
      return;
    }
    const generation = ++this.generation;
    this.state = { pages: pages.length, html, drawnPages: 0, version: document.version, uri: document.uri.toString() };
    panel.title = vscode.l10n.t('Page Preview: {0}', document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1));
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const page = editor ? pageOfLine(pages, blocks, editor.selection.active.line) : 1;
    void panel.webview.postMessage({ type: 'render', html, generation, page });
  }

  private reveal(line: number): void {
    if (!this.panel || !this.lastPages || !this.lastBlocks) return;
    void this.panel.webview.postMessage({ type: 'reveal', page: pageOfLine(this.lastPages, this.lastBlocks, line) });
  }

  /** The page around the pages: toolbar and script; styles and pages arrive by message. */
  private shell(webview: vscode.Webview, pageCss: string): string {
    const nonce = makeNonce();
    const exportLabel = vscode.l10n.t('Export as Word document (GB/T 9704)');
    const note = vscode.l10n.t('22 lines × 28 characters, as the exported document breaks them');
    return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
body{margin:0;padding:0;background:var(--vscode-editor-background);color:var(--vscode-foreground);font-family:var(--vscode-font-family)}
header{position:sticky;top:0;z-index:1;display:flex;gap:12px;align-items:center;padding:6px 12px;background:var(--vscode-editorWidget-background);border-bottom:1px solid var(--vscode-widget-border, transparent)}
header button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:0;padding:4px 10px;cursor:pointer;font:inherit}
header button:hover{background:var(--vscode-button-hoverBackground)}
header span{opacity:.8;font-size:12px}
#pages{padding:12px 0;transform-origin:top left}
</style>
<style nonce="${nonce}">${pageCss.replace(/<\//g, '<\\/')}</style>
</head><body>
<header><button id="export" type="button">${escapeHtml(exportLabel)}</button><span id="count"></span><span>${escapeHtml(note)}</span></header>
<main id="pages"></main>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const pages = document.getElementById('pages');
  const count = document.getElementById('count');
  const pageLabel = ${JSON.stringify(vscode.l10n.t('{0} pages'))};
  function fit() {
    const sheet = pages.querySelector('.page');
    if (!sheet) return;
    const scale = Math.min(1, (document.documentElement.clientWidth - 24) / sheet.offsetWidth);
    pages.style.zoom = String(scale);
  }
  function reveal(page) {
    const el = pages.querySelector('[data-page="' + page + '"]');
    if (el) el.scrollIntoView({ block: 'nearest' });
  }
  window.addEventListener('resize', fit);
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'render') {
      pages.innerHTML = m.html;
      const n = pages.querySelectorAll('.page').length;
      count.textContent = pageLabel.replace('{0}', String(n));
      fit();
      reveal(m.page);
      vscode.postMessage({ type: 'drawn', pages: n, generation: m.generation });
    } else if (m.type === 'reveal') {
      reveal(m.page);
    }
  });
  document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));
  vscode.postMessage({ type: 'ready' });
})();
</script>
</body></html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
