import * as vscode from 'vscode';
import type { Messages } from '../core';

/** Engine texts come in both languages; show Chinese when VS Code's display language is Chinese. */
export function localize(messages: Messages): string {
  return vscode.env.language.toLowerCase().startsWith('zh') ? messages.zh : messages.en;
}
