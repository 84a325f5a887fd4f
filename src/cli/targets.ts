/**
 * Expands FILE arguments into the files a command runs on: a folder becomes its reports (recursive),
 * a glob (for shells that do not expand it, or quoted) becomes the files it matches, anything else
 * is passed on as given so the per-file read reports what is wrong with it.
 */
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import type { IoFailure } from './file-io';

/** What a folder or a glob contributes; a file named on the command line is read whatever its extension. */
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.docx'];

export interface Expansion {
  /** Paths to read, in a stable order: as typed, or joined from the typed folder (`材料/一组/a.txt`). */
  files: string[];
  /** Arguments that gave nothing (an empty folder, a glob without a match, an unreadable folder). */
  failures: IoFailure[];
  /** True when some argument was a folder or a glob: the run reports a summary. */
  expanded: boolean;
}

export function expandTargets(args: readonly string[]): Expansion {
  const files: string[] = [];
  const failures: IoFailure[] = [];
  const seen = new Set<string>();
  let expanded = false;
  const add = (file: string, real?: string) => {
    const key = real ?? realOrSelf(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg, '\0stdin');
      continue;
    }
    const stat = statOrUndefined(arg);
    if (stat?.isDirectory()) {
      expanded = true;
      const found = walk(arg, () => true, failures);
      if (found.length === 0) failures.push({ key: 'emptyFolder', args: [arg, REPORT_EXTENSIONS.join(' ')] });
      for (const f of found) add(f.path, f.real);
    } else if (!stat && isGlob(arg)) {
      expanded = true;
      const { base, glob } = picomatch.scan(arg);
      const matcher = picomatch(glob, { dot: false });
      const root = base === '' ? '.' : base;
      const found = statOrUndefined(root)?.isDirectory() ? walk(root, (rel) => matcher(rel), failures) : [];
      if (found.length === 0) failures.push({ key: 'noMatch', args: [arg] });
      for (const f of found) add(base === '' ? path.relative('.', f.path) : f.path, f.real);
    } else {
      add(arg);
    }
  }
  return { files, failures, expanded };
}

interface Found {
  path: string;
  real: string;
}

/**
 * Depth-first, names sorted, so runs are reproducible. Skips hidden entries (.git, .vscode, temporary
 * files), node_modules and Word's lock files (~$x.docx); follows a symbolic link only when it points
 * inside the folder being walked (never out of the tree, never twice into the same folder).
 */
function walk(root: string, accept: (relative: string) => boolean, failures: IoFailure[]): Found[] {
  const found: Found[] = [];
  let rootReal: string;
  try {
    rootReal = fs.realpathSync(root);
  } catch {
    return found;
  }
  const visited = new Set<string>([rootReal]);
  const visit = (dir: string, relativeDir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      failures.push(code === 'EACCES' || code === 'EPERM' ? { key: 'noPermission', args: [dir] } : { key: 'ioError', args: [dir, code] });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules' || name.startsWith('~$')) continue;
      const full = path.join(dir, name);
      const relative = relativeDir ? `${relativeDir}/${name}` : name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let real = full;
      if (entry.isSymbolicLink()) {
        try {
          real = fs.realpathSync(full);
          const target = fs.statSync(real);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link is nothing to check
        }
        if (real !== rootReal && !real.startsWith(rootReal + path.sep)) continue;
      } else if (isDir) {
        real = path.join(realOrSelf(dir), name);
      }
      if (isDir) {
        if (visited.has(real)) continue;
        visited.add(real);
        visit(full, relative);
      } else if (isFile && REPORT_EXTENSIONS.includes(path.extname(name).toLowerCase()) && accept(relative)) {
        found.push({ path: full, real: entry.isSymbolicLink() ? real : realOrSelf(full) });
      }
    }
  };
  visit(root, '');
  return found;
}

function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg) && picomatch.scan(arg).isGlob;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
