/**
 * Where each rule is documented: the README's rules reference, one anchor per rule id.
 * Derived from package.json `repository` so the links follow the package, not a constant here.
 */
export function ruleDocsBase(packageJSON: unknown): string {
  const repository = (packageJSON as { repository?: string | { url?: string } } | undefined)?.repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url || !/^https:\/\//.test(url)) return '';
  return `${url.replace(/\.git$/, '').replace(/\/$/, '')}#`;
}
