/**
 * Error messages that put a role or a channel after an article say "an
 * agent", "an email", "a supervisor": through `withArticle`, never a bare
 * `a ${...}` (which read "a agent token cannot open /v1/integration").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { sourceFiles } from '../fixtures/source-files.js';
import { withArticle } from '../../src/core/errors.js';

const SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'src');

t.test('error grammar - withArticle picks a or an', async (t) => {
  t.same(['agent', 'integration', 'supervisor', 'email', 'voice', 'chat', 'social'].map(withArticle), [
    'an agent',
    'an integration',
    'a supervisor',
    'an email',
    'a voice',
    'a chat',
    'a social',
  ]);
});

t.test('error grammar - no message puts a bare "a" before an interpolated word', async (t) => {
  const offenders: string[] = [];
  for (const file of sourceFiles(SRC)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/\b[Aa] \$\{/.test(line)) offenders.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  t.same(offenders, [], 'use withArticle(word)');
});
