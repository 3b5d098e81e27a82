// Finds errors News Lens caused in the extension host: an uncaught error or an unhandled promise rejection whose
// message or stack mentions the extension (its id, its folder, "news-lens" or "newsLens"), and any error in the
// extension's own log channels. Known offline noise is ignored. Reads every *.log under the given folders, plus the
// extra files given (server output, workbench console).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const NOISE = [/ENOTFOUND open-vsx\.org/, /vsda/, /authentication provider 'github'/i];
// Lines that open an error record in VS Code's logs ("2026-11-27 21:00:00.000 [error] ...") or in the console.
const ERROR_START = /\[error\]|rejected promise not handled|unhandled ?(promise )?rejection|uncaught (exception|error)/i;
const RECORD_START = /^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?|\[[\w. ]+\]|\[\d\d:\d\d:\d\d\])/;

function listLogs(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) listLogs(p, out);
    else if (name.endsWith('.log')) out.push(p);
  }
  return out;
}

/** Splits a log into records: a record is a line that starts with a timestamp or tag, plus its continuation lines. */
function records(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    if (out.length === 0 || RECORD_START.test(line) || ERROR_START.test(line)) out.push(line);
    else out[out.length - 1] += '\n' + line;
  }
  return out;
}

/**
 * Returns [{ file, text }] for each error record that mentions the extension.
 * `mentions` is a list of strings (case-insensitive) that identify it: id, name, folder.
 */
export function findExtensionErrors({ dirs = [], files = [], mentions, extensionId }) {
  const needles = mentions.filter(Boolean).map(s => s.toLowerCase());
  const found = [];
  const seen = new Set();
  const logs = [
    ...dirs.flatMap(d => listLogs(d).map(file => ({ file, rel: path.relative(d, file) }))),
    ...files.filter(f => existsSync(f)).map(file => ({ file, rel: '' })),
  ];
  for (const { file, rel } of logs) {
    // The extension's own log channels (logs/…/exthost1/<id>/…): every error there is its own.
    const own = !!extensionId && rel.toLowerCase().split(path.sep).includes(extensionId.toLowerCase());
    for (const rec of records(readFileSync(file, 'utf8'))) {
      if (!ERROR_START.test(rec) || NOISE.some(n => n.test(rec))) continue;
      // The run's own scratch folder (/tmp/news-lens-vscode-…) is in the paths of VS Code's errors too; it names the
      // harness, not the extension.
      const lower = rec.toLowerCase().replace(/news-lens-vscode-[\w.-]+/g, '');
      if (!own && !needles.some(n => lower.includes(n))) continue;
      // The same error shows in several logs (server output and exthost log); report it once.
      const key = rec.split('\n')[0].replace(RECORD_START, '').replace(/\[error\]|rejected promise not handled within \d+ seconds?:|stack trace:/gi, '').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ file, text: rec.length > 2000 ? rec.slice(0, 2000) + '\n…' : rec });
    }
  }
  return found;
}
