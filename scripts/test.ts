/**
 * `npm test`: every suite, then one line summing them all: `N passed, N failed`.
 * Static checks (types, generated GraphQL code, import rules, formatting), unit + integration tests (Vitest, real Postgres),
 * end-to-end journeys (Playwright in Chromium against `npm start`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.data', 'reports');
fs.mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

interface Outcome {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;
}

function staticChecks(): Outcome {
  let passed = 0;
  let failed = 0;
  console.log('\n▶ static checks');
  const generated = ['app/gql/graphql.ts', 'app/gql/gql.ts', 'server/graphql/resolvers.generated.ts'];
  const before = generated.map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
  const codegen = run(bin('graphql-codegen'), ['--config', 'codegen.ts', '--silent']);
  const stale = generated.filter((f, i) => fs.readFileSync(path.join(root, f), 'utf8') !== before[i]);
  if (codegen === 0 && stale.length === 0) passed++;
  else {
    failed++;
    console.error(`✘ generated GraphQL code was out of date (${stale.join(', ')}); it has been regenerated: commit it.`);
  }
  const checks: [string, string, string[]][] = [
    ['the type check failed', bin('tsc'), ['--noEmit', '-p', '.']],
    [
      'an import breaks the rules of .dependency-cruiser.cjs',
      bin('depcruise'),
      ['app', 'server', 'db', 'workers', 'lib', 'scripts', '--config', '.dependency-cruiser.cjs'],
    ],
    ['a client component imports server code', bin('tsx'), ['scripts/clientImports.ts']],
    ['files are not formatted: run `npx prettier --write .`', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ];
  for (const [problem, command, args] of checks) {
    if (run(command, args) === 0) passed++;
    else {
      failed++;
      console.error(`✘ ${problem}`);
    }
  }
  console.log(`static checks: ${passed} passed, ${failed} failed`);
  return { suite: 'static checks', passed, failed, skipped: 0 };
}

function vitest(): Outcome {
  console.log('\n▶ unit and integration tests (Vitest)');
  const output = path.join(reports, 'vitest.json');
  fs.rmSync(output, { force: true });
  const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  if (!fs.existsSync(output)) return { suite: 'vitest', passed: 0, failed: Math.max(1, status ?? 1), skipped: 0 };
  const r = JSON.parse(fs.readFileSync(output, 'utf8'));
  // A file that fails to load has no tests to count; count it as one failure so it cannot pass silently.
  const brokenFiles = r.testResults.filter(
    (f: { status: string; assertionResults: unknown[] }) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  return { suite: 'vitest', passed: r.numPassedTests, failed: r.numFailedTests + brokenFiles, skipped: r.numPendingTests + r.numTodoTests };
}

function playwright(): Outcome {
  console.log('\n▶ end-to-end tests (Playwright, Chromium)');
  const output = path.join(reports, 'playwright.json');
  fs.rmSync(output, { force: true });
  const status = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  if (!fs.existsSync(output)) return { suite: 'playwright', passed: 0, failed: Math.max(1, status ?? 1), skipped: 0 };
  const { stats, errors } = JSON.parse(fs.readFileSync(output, 'utf8'));
  return {
    suite: 'playwright',
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (errors?.length ?? 0),
    skipped: stats.skipped,
  };
}

const outcomes = [staticChecks(), vitest(), playwright()];
console.log('');
for (const o of outcomes) console.log(`${o.suite}: ${o.passed} passed, ${o.failed} failed${o.skipped ? `, ${o.skipped} skipped` : ''}`);
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
const skipped = outcomes.reduce((n, o) => n + o.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
