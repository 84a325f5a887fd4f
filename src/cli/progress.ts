/**
 * Progress of a run over many files, on standard error and only when it is a terminal (a log file or
 * a pipe gets no carriage-return noise). Other messages written meanwhile clear the line first.
 */
import type { Locale } from '../core';
import type { CliIo } from './io';
import { t } from './messages';

export class Progress {
  private done = 0;
  private shown = false;
  private readonly active: boolean;
  private readonly write: (chunk: string) => void;

  constructor(io: CliIo, private readonly total: number, private readonly locale: Locale) {
    this.active = io.stderrIsTTY === true && total > 1;
    this.write = io.stderr;
  }

  /** Standard error for the run: the same stream, with the progress line cleared before each message. */
  stderr = (chunk: string): void => {
    this.clear();
    this.write(chunk);
  };

  /** One more file done. */
  step(): void {
    this.done++;
    if (!this.active) return;
    this.write(`\r${t(this.locale, 'progress', String(this.done), String(this.total))}\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
  }
}
