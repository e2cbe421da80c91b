/**
 * Client components (files that start with 'use client') ship to the browser: nothing they import, directly or
 * through other modules, may come from server/, db/ or workers/. dependency-cruiser gives the import graph (its
 * rules cannot see the directive); this walks it from every client component. Exits 1 naming each path found.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const serverSide = /^(server|db|workers)\//;

interface Module {
  source: string;
  dependencies: { resolved: string; dependencyTypes: string[] }[];
}

const graph: { modules: Module[] } = JSON.parse(
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'depcruise'),
    ['app', 'lib', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { cwd: root, maxBuffer: 256 * 1024 * 1024 },
  ).toString(),
);
// Type-only imports vanish from the bundle: they may name server types.
const imports = new Map(
  graph.modules.map((m) => [m.source, m.dependencies.filter((d) => !d.dependencyTypes.includes('type-only')).map((d) => d.resolved)]),
);
const isClient = (file: string) => /\.tsx?$/.test(file) && /^\s*(['"])use client\1/.test(fs.readFileSync(path.join(root, file), 'utf8'));

const problems: string[] = [];
for (const start of [...imports.keys()].filter((f) => f.startsWith('app/') && isClient(f))) {
  const via = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (serverSide.test(file)) {
      const chain = [];
      for (let at: string | null = file; at; at = via.get(at)!) chain.unshift(at);
      problems.push(chain.join(' → '));
      continue;
    }
    for (const next of imports.get(file) ?? []) if (!via.has(next)) (via.set(next, file), queue.push(next));
  }
}
for (const problem of problems) console.error(`✘ a client component reaches server code: ${problem}`);
console.log(`client components: ${problems.length ? `${problems.length} imports of server code` : 'no server code imported'}`);
process.exit(problems.length ? 1 : 0);
