/**
 * One line of the workspace check task, the shape the $study-report problem matcher reads:
 * `path:line:column  severity  message  rule-id`, 1-based, English severity words so the matcher maps
 * them in every display language. Free of the vscode API so a unit test holds it to the matcher.
 */
export function taskLine(relativePath: string, line: number, column: number, severity: string, message: string, ruleId: string): string {
  const word = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info';
  return `${relativePath}:${line}:${column}  ${word}  ${message.replace(/\s+/g, ' ').trim()}  ${ruleId}`;
}
