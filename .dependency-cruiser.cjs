/**
 * The import rules of the README's Architecture section, checked by `npm test` (dependency-cruiser): a violation
 * fails the static checks. Tests and benchmarks may reach anywhere they need to.
 */
const tests = '(\\.test\\.tsx?$|^test/|^e2e/|^bench/)';

module.exports = {
  forbidden: [
    {
      name: 'nothing-imports-app',
      comment: 'app/ is the top: pages and routes import the rest, never the other way.',
      severity: 'error',
      from: { pathNot: ['^app/', tests, '^codegen\\.ts$'] },
      to: { path: '^app/' },
    },
    {
      name: 'server-not-into-workers',
      comment: 'The web tier and the workers meet in db/ (and the queue), not by importing each other.',
      severity: 'error',
      from: { path: '^server/', pathNot: tests },
      to: { path: '^workers/' },
    },
    {
      name: 'workers-not-into-server',
      comment: 'Workers run without the web tier: they import db/ and lib/ only.',
      severity: 'error',
      from: { path: '^workers/', pathNot: tests },
      to: { path: '^server/' },
    },
    {
      name: 'db-is-below',
      comment: 'db/ is schema, client, migrations and queue: it imports lib/ and nothing above it.',
      severity: 'error',
      from: { path: '^db/', pathNot: tests },
      to: { path: '^(server|workers|app|scripts)/' },
    },
    {
      name: 'lib-is-pure',
      comment: 'lib/ is pure logic shared by every layer (and by the browser): no I/O, no layer above it.',
      severity: 'error',
      from: { path: '^lib/', pathNot: tests },
      to: {
        pathNot: '^lib/',
        dependencyTypesNot: ['type-only'],
        path: [
          '^(db|server|workers|app|scripts)/',
          '^node:?(fs|net|http|https|child_process|worker_threads|cluster)$',
          '^(fs|net|http|https|child_process|worker_threads|cluster)$',
          'node_modules/(postgres|drizzle-orm|pg-boss)/',
        ],
      },
    },
    {
      name: 'domain-knows-no-transport',
      comment: 'The domain throws DomainErrors and returns data; GraphQL and HTTP map them at the edge.',
      severity: 'error',
      from: { path: '^server/(domain|tenancy|datasets)/', pathNot: tests },
      to: { path: ['^server/(graphql|http)/', 'node_modules/(graphql|@apollo)/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and hides which module is the lower one.',
      severity: 'error',
      from: { pathNot: tests },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^\\.next', '^\\.data', '^app/gql/', '^server/graphql/resolvers\\.generated\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
