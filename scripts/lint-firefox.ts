import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// web-ext lint on the Firefox build: no errors, and no warnings from Legible's own code. The
// bundles' innerHTML warnings come from Preact (dangerouslySetInnerHTML, fed DOMPurify's output)
// and DOMPurify itself; tests/unit/source-rules.test.ts keeps raw HTML writes out of our sources.
type LintMessage = { code: string; message: string; file?: string; line?: number };
type LintReport = { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] };

const LIBRARY_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

const root = resolve(import.meta.dirname, '..');
let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    cwd: root,
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero on errors; the report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as LintReport;
const ours = report.warnings.filter((w) => !(LIBRARY_WARNINGS.has(w.code) && w.file !== 'manifest.json'));
const describe = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - ours.length} from bundled libraries)`,
);
for (const message of [...report.errors, ...ours]) console.log(describe(message));
if (report.errors.length > 0 || ours.length > 0) process.exit(1);
