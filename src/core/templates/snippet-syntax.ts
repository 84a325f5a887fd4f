/** The subset of VS Code snippet syntax the frames use, rendered to the text VS Code inserts. */

export interface TabStop {
  /** Stop number; 0 is the final cursor. */
  index: number;
  /** Offset and length of the default text in the rendered text. */
  offset: number;
  length: number;
  /** Options of a choice stop (${1|a,b|}); the first is inserted. */
  choices?: string[];
}

export interface RenderedSnippet {
  text: string;
  stops: TabStop[];
}

/**
 * Renders a snippet body with each placeholder's default (first choice) in place. Handles $n, ${n},
 * ${n:text} (nested placeholders included), ${n|a,b|} and the escapes \$ \} \\ (and \, \| in choices).
 * Throws on malformed input, so a broken frame fails its unit test rather than the user's editor.
 */
export function renderSnippet(body: string): RenderedSnippet {
  const stops: TabStop[] = [];
  let out = '';
  let i = 0;

  const parseUntil = (closing: string | undefined): void => {
    while (i < body.length) {
      const ch = body[i];
      if (closing !== undefined && ch === closing) return;
      if (ch === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (ch === '$') {
        parseDollar();
      } else {
        out += ch;
        i++;
      }
    }
    if (closing !== undefined) throw new SyntaxError(`snippet: missing "${closing}"`);
  };

  const parseDollar = (): void => {
    const simple = /^\$(\d+)/.exec(body.slice(i, i + 8));
    if (simple) {
      stops.push({ index: Number(simple[1]), offset: out.length, length: 0 });
      i += simple[0].length;
      return;
    }
    const open = /^\$\{(\d+)([:|}])/.exec(body.slice(i, i + 10));
    if (!open) throw new SyntaxError(`snippet: unsupported "$" at ${i}: ${body.slice(i, i + 12)}`);
    const index = Number(open[1]);
    i += open[0].length;
    const offset = out.length;
    if (open[2] === '}') {
      stops.push({ index, offset, length: 0 });
    } else if (open[2] === ':') {
      const stop: TabStop = { index, offset, length: 0 };
      stops.push(stop);
      parseUntil('}');
      i++;
      stop.length = out.length - offset;
    } else {
      const choices = parseChoices();
      out += choices[0];
      stops.push({ index, offset, length: choices[0].length, choices });
    }
  };

  const parseChoices = (): string[] => {
    const choices: string[] = [];
    let current = '';
    while (i < body.length) {
      const ch = body[i];
      if (ch === '\\' && i + 1 < body.length && ',|\\$}'.includes(body[i + 1])) {
        current += body[i + 1];
        i += 2;
      } else if (ch === ',') {
        choices.push(current);
        current = '';
        i++;
      } else if (ch === '|' && body[i + 1] === '}') {
        choices.push(current);
        i += 2;
        return choices;
      } else {
        current += ch;
        i++;
      }
    }
    throw new SyntaxError('snippet: unterminated choice');
  };

  parseUntil(undefined);
  return { text: out, stops };
}
