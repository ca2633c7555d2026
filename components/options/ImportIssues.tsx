import { type Lang, t } from '../../lib/i18n';
import type { ImportIssue } from '../../lib/view/options';

/** Each problem of an import with its path, e.g. `[0].forms[1].change.kind: …`. */
export function ImportIssues({ issues, lang }: { issues: readonly ImportIssue[]; lang: Lang }) {
  if (issues.length === 0) return null;
  return (
    <ul class="sg-issues">
      {issues.map((issue, index) => (
        // Paths repeat (two problems of one field), so the position is part of the key.
        <li key={`${index}:${issue.path}`}>
          <code class="sg-code">{issue.path}</code>: {t(issue.key, issue.params, lang)}
        </li>
      ))}
    </ul>
  );
}
