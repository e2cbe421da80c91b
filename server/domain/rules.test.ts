import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { eq, inArray } from 'drizzle-orm';
import { readStoredRows } from '../../db/datasetRows';
import { datasetUploads, datasetVersions, rules } from '../../db/schema';
import { productTitleLines } from '../datasets/samples/productTitles';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { startWorker, waitFor } from '../../test/processes';
import { DEMO_PRODUCT_RULES } from '../demo/productRules';

let db: Database;
let url: string;
let request: RequestFn;
let owner: Awaited<ReturnType<typeof newUserWithTeam>>;
let versionId: string;

const as = (document: string, variables: Record<string, unknown> = {}) => request(document, variables, owner.caller, owner.team.slug);
const RULE = `mutation($set: ID!, $input: RuleInput!) { createRule(ruleSetId: $set, input: $input) { rule { id kind pattern class priority enabled author { name } } } }`;
const newSet = async (name: string) =>
  (await as(`mutation($name: String!) { createRuleSet(input: { name: $name }) { ruleSet { id } } }`, { name })).data!.createRuleSet.ruleSet
    .id as string;
const toGraphQL = (rule: (typeof DEMO_PRODUCT_RULES)[number]) => ({ ...rule, kind: rule.kind.toUpperCase() });

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  request = graphqlClient(db);
  owner = await newUserWithTeam(request, 'Rhea');
  const sample = await as(`mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`);
  versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
}, 60_000);

describe('rule sets', () => {
  it('keep every edit in their history, and refuse a pattern RE2 cannot run at save time', async () => {
    const set = await newSet('History');
    const made = await as(RULE, { set, input: { kind: 'WHITELIST', field: 'title', pattern: 'rings?', class: 'watches' } });
    const rule = made.data!.createRule.rule;
    expect(rule).toMatchObject({ kind: 'WHITELIST', priority: 0, enabled: true, author: { name: 'Rhea' } });
    const bad = await as(RULE, { set, input: { kind: 'WHITELIST', field: 'title', pattern: '(a)\\1', class: 'watches' } });
    expect(bad.errors![0]).toMatchObject({
      message: 'pattern: invalid escape sequence: `\\1` (RE2 has no backreferences)',
      extensions: { code: 'BAD_USER_INPUT', field: 'pattern' },
    });
    const badEdit = await as(`mutation($id: ID!) { updateRule(id: $id, input: { pattern: "x(?=y)" }) { rule { id } } }`, { id: rule.id });
    expect(badEdit.errors![0]!.extensions).toMatchObject({ field: 'pattern' });
    await as(`mutation($id: ID!) { updateRule(id: $id, input: { pattern: "\\\\bwatch(es)?\\\\b", enabled: false }) { rule { id } } }`, {
      id: rule.id,
    });
    await as(`mutation($id: ID!) { deleteRule(id: $id) { deletedId } }`, { id: rule.id });
    const history = await as(
      `query($id: ID!) { ruleSet(id: $id) { rules { id } history { ruleId action actor { name } before after } } }`,
      { id: set },
    );
    expect(history.data!.ruleSet.rules).toEqual([]);
    expect(history.data!.ruleSet.history.map((h: { action: string }) => h.action)).toEqual(['delete', 'update', 'create']);
    const [, update, create] = history.data!.ruleSet.history;
    expect(update).toMatchObject({
      ruleId: rule.id,
      actor: { name: 'Rhea' },
      before: { pattern: 'rings?', enabled: true },
      after: { pattern: '\\bwatch(es)?\\b', enabled: false },
    });
    expect(create).toMatchObject({ before: null, after: { pattern: 'rings?' } });
  });

  it('export to JSON and CSV and import back, all or nothing', async () => {
    const set = await newSet('Exported');
    for (const rule of DEMO_PRODUCT_RULES) await as(RULE, { set, input: toGraphQL(rule) });
    const EXPORT = `query($id: ID!, $format: RuleFormat!) { ruleSet(id: $id) { export(format: $format) rules { kind field pattern class priority enabled note } } }`;
    const IMPORT = `mutation($id: ID!, $format: RuleFormat!, $text: String!) { importRules(ruleSetId: $id, format: $format, text: $text) { rules { id } } }`;
    for (const format of ['JSON', 'CSV']) {
      const exported = (await as(EXPORT, { id: set, format })).data!.ruleSet;
      const copy = await newSet(`Copy ${format}`);
      expect((await as(IMPORT, { id: copy, format, text: exported.export })).data!.importRules.rules).toHaveLength(
        DEMO_PRODUCT_RULES.length,
      );
      expect((await as(EXPORT, { id: copy, format })).data!.ruleSet.rules).toEqual(exported.rules);
    }
    const before = (await db.select().from(rules)).length;
    const broken = await as(IMPORT, {
      id: set,
      format: 'CSV',
      text: 'kind,field,pattern,class\nwhitelist,title,ukulele,musical instruments\nwhitelist,title,(x)\\1,sewing\n',
    });
    expect(broken.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rules.1.pattern' } });
    expect((await as(IMPORT, { id: set, format: 'JSON', text: '{"rules": [{"kind": "greylist"}]}' })).errors![0]!.extensions).toMatchObject(
      { field: 'rules.0.kind' },
    );
    expect((await db.select().from(rules)).length).toBe(before);
  });

  it('test a rule on a dataset and analyse a set: counts that can be checked by hand', async () => {
    const titles = [...productTitleLines(6000)].map((line) => JSON.parse(line) as { title: string; category: string });
    const TEST = `query($input: RuleTestInput!) { testRule(input: $input) { rows matches labeled correct precision samples { text label start end } } }`;
    const tested = (
      await as(TEST, {
        input: {
          datasetVersionId: versionId,
          kind: 'WHITELIST',
          field: 'title',
          pattern: 'guitar case',
          class: 'musical instruments',
          samples: 3,
        },
      })
    ).data!.testRule;
    const expected = titles.filter((t) => /guitar case/i.test(t.title));
    expect(tested).toMatchObject({
      rows: 6000,
      matches: expected.length,
      labeled: expected.length,
      correct: expected.filter((t) => t.category === 'musical instruments').length,
    });
    expect(tested.matches).toBeGreaterThan(0);
    for (const s of tested.samples) expect(s.text.slice(s.start, s.end).toLowerCase()).toBe('guitar case');
    const noColumn = await as(TEST, { input: { datasetVersionId: versionId, kind: 'WHITELIST', field: 'name', pattern: 'x', class: 'y' } });
    expect(noColumn.errors![0]).toMatchObject({
      message: 'field: the dataset has no column "name"; it has title',
      extensions: { field: 'field' },
    });

    const set = await newSet('Analysed');
    for (const rule of DEMO_PRODUCT_RULES) await as(RULE, { set, input: toGraphQL(rule) });
    const analysis = (
      await as(
        `query($id: ID!, $v: ID!) { ruleSet(id: $id) { analysis(datasetVersionId: $v) { rows coverage conflicts rules { rule { pattern } matches coverage correct incorrect accuracy } } } }`,
        { id: set, v: versionId },
      )
    ).data!.ruleSet.analysis;
    const blacklist = analysis.rules.find((r: { rule: { pattern: string } }) => r.rule.pattern.startsWith('\\b(music stand'));
    const hits = titles.filter((t) => /\b(music stand|guitar case|sewing kit case)\b/i.test(t.title));
    expect(blacklist).toMatchObject({
      matches: hits.length,
      coverage: hits.length / 6000,
      correct: hits.filter((t) => t.category !== 'phone accessories').length,
    });
    // A blacklist that agrees with the whitelists on its rows conflicts with none of them.
    expect(analysis.conflicts).toBe(0);
  });
});

describe('rule sets across teams', () => {
  it('never reach another team’s rule set or dataset through a run or an analysis', async () => {
    const set = await newSet('Private');
    await as(RULE, { set, input: toGraphQL(DEMO_PRODUCT_RULES[0]!) });
    const other = await newUserWithTeam(request, 'Otto');
    const theirs = (document: string, variables: Record<string, unknown>) => request(document, variables, other.caller, other.team.slug);
    const sample = await theirs(`mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`, {});
    const theirVersion = sample.data!.createSampleDataset.dataset.latestVersion.id;
    const run = await theirs(`mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`, {
      input: { kind: 'hybrid', datasetVersionId: theirVersion, config: { ruleSetId: set } },
    });
    expect(run.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const analysis = await as(`query($id: ID!, $v: ID!) { ruleSet(id: $id) { analysis(datasetVersionId: $v) { rows } } }`, {
      id: set,
      v: theirVersion,
    });
    expect(analysis.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify(analysis.data)).not.toContain('rows');
  });
});

describe('hybrid runs', () => {
  it('need a rule set unless they are ML only, and keep the rules as they were', async () => {
    const CREATE = `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id config } } }`;
    const missing = await as(CREATE, { input: { kind: 'hybrid', datasetVersionId: versionId, config: { mode: 'hybrid' } } });
    expect(missing.errors![0]).toMatchObject({
      message: 'config.ruleSetId: rules only and hybrid runs need a rule set',
      extensions: { field: 'config.ruleSetId' },
    });
    const set = await newSet('Snapshot');
    await as(RULE, { set, input: { kind: 'WHITELIST', field: 'title', pattern: 'ukulele', class: 'no such class' } });
    const wrongClass = await as(CREATE, { input: { kind: 'hybrid', datasetVersionId: versionId, config: { ruleSetId: set } } });
    expect(wrongClass.errors![0]).toMatchObject({
      message: 'config.rules.0.class: the dataset has no class "no such class"',
      extensions: { field: 'config.rules.0.class' },
    });
  });

  it('run the three modes as one ablation on real workers: rules only is precise and covers little, the report and review queue are filled', async () => {
    const set = await newSet('Ablation');
    for (const rule of DEMO_PRODUCT_RULES) await as(RULE, { set, input: toGraphQL(rule) });
    const launched = await as(
      `mutation($input: CreateRunInput!) { launchAblation(input: $input, seeds: 1) { group { runs { id config } } } }`,
      {
        input: { kind: 'hybrid', datasetVersionId: versionId, seed: 3, config: { epochs: 3, ruleSetId: set } },
      },
    );
    const runs = launched.data!.launchAblation.group.runs as { id: string; config: { mode: string; rules: { pattern: string }[] } }[];
    expect(runs.map((r) => r.config.mode).sort()).toEqual(['hybrid', 'ml_only', 'rules_only']);
    for (const run of runs) expect(run.config.rules.map((r) => r.pattern)).toEqual(DEMO_PRODUCT_RULES.map((r) => r.pattern));
    const worker = startWorker(url);
    try {
      await waitFor(
        async () => {
          const statuses = await Promise.all(
            runs.map(async (r) => (await as(`query($id: ID!) { run(id: $id) { status error } }`, { id: r.id })).data!.run),
          );
          if (statuses.some((s) => s.status === 'FAILED')) throw new Error(`a run failed: ${JSON.stringify(statuses)}`);
          return statuses.every((s) => s.status === 'SUCCEEDED');
        },
        'the three hybrid runs',
        240_000,
      );
      // A finished hybrid run scores new rows with its rules and its model together.
      const hybridRun = runs.find((r) => r.config.mode === 'hybrid')!;
      const asked = await as(
        `mutation($id: ID!) { requestPredictions(runId: $id, rows: [{ title: "Orbit Ukulele" }, { title: "Acme Wireless Earbuds" }]) { prediction { id } } }`,
        { id: hybridRun.id },
      );
      const answer = await waitFor(
        async () => {
          const p = (
            await as(`query($id: ID!) { prediction(id: $id) { status error results { label } } }`, {
              id: asked.data!.requestPredictions.prediction.id,
            })
          ).data!.prediction;
          return p.status === 'PENDING' ? null : p;
        },
        'the prediction',
        60_000,
      );
      expect(answer).toMatchObject({ status: 'DONE', results: [{ label: 'musical instruments' }, { label: 'headphones' }] });
    } finally {
      worker.kill('SIGTERM');
    }
    const REPORT = `query($id: ID!) { run(id: $id) { metricKeys summary hybridReport { mode released { precision coverage coverageByRules coverageByModel review } ungated { macroF1 coverage } modelOnly { macroF1 } rulesFixed classes { name released } curve { coverage precision } } reviewQueue(first: 5) { row text label reason rules { pattern } } } }`;
    const report = Object.fromEntries(
      await Promise.all(runs.map(async (r) => [r.config.mode, (await as(REPORT, { id: r.id })).data!.run])),
    );
    expect(report.rules_only.hybridReport).toMatchObject({ modelOnly: null, rulesFixed: null, released: { coverageByModel: 0 } });
    // Rules alone have no loss (none reported, rather than 0), and what they leave undecided counts as wrong.
    const summary = report.rules_only.summary as Record<string, number>;
    expect(summary['test/loss']).toBeUndefined();
    expect(summary['test/coverage']).toBeCloseTo(report.rules_only.hybridReport.ungated.coverage, 10);
    expect(summary['test/accuracy']).toBeLessThanOrEqual(summary['test/coverage']!);
    expect(summary['test/decided_accuracy']).toBeGreaterThan(0.9);
    expect(report.ml_only.summary['test/coverage']).toBe(1);
    expect(report.rules_only.hybridReport.ungated.coverage).toBeLessThan(0.2);
    expect(report.rules_only.hybridReport.released.precision).toBeGreaterThan(0.9);
    expect(report.ml_only.hybridReport.released.coverageByRules).toBe(0);
    expect(report.hybrid.hybridReport.released.coverageByRules).toBeGreaterThan(0);
    expect(report.hybrid.hybridReport.curve.length).toBeGreaterThan(1);
    expect(report.hybrid.metricKeys).toEqual(expect.arrayContaining(['val/accuracy', 'train/batch_loss']));
    expect(report.hybrid.reviewQueue.length).toBeGreaterThan(0);
    for (const item of report.hybrid.reviewQueue) expect(['disagreement', 'unsure', 'gated']).toContain(item.reason);

    // An analyst labels reviewed items: each correction a new version with every row's split kept, building on the last.
    const [item, other] = report.hybrid.reviewQueue;
    const RELABEL = `mutation($input: RelabelRowsInput!) { relabelRows(input: $input) { version { id number note rowCount } } }`;
    const bad = await as(RELABEL, { input: { datasetVersionId: versionId, rows: [{ row: item.row, label: 'gadgets' }] } });
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rows.0.label' } });
    expect(
      (await as(RELABEL, { input: { datasetVersionId: versionId, rows: [{ row: 6000, label: 'sewing' }] } })).errors![0]!.message,
    ).toBe('rows.0.row: the version has 6000 rows');
    const newLabel = (current: string) => (current === 'sewing' ? 'baby' : 'sewing');
    const v2 = (await as(RELABEL, { input: { datasetVersionId: versionId, rows: [{ row: item.row, label: newLabel(item.label) }] } })).data!
      .relabelRows.version;
    expect(v2).toMatchObject({ number: 2, note: '1 label corrected over v1', rowCount: 6000 });
    // From the same run (v1) again: the new version keeps the first correction too.
    const v3 = (await as(RELABEL, { input: { datasetVersionId: versionId, rows: [{ row: other.row, label: newLabel(other.label) }] } }))
      .data!.relabelRows.version;
    expect(v3).toMatchObject({ number: 3, note: '1 label corrected over v2' });
    const versions = await db
      .select()
      .from(datasetVersions)
      .where(inArray(datasetVersions.id, [versionId, v2.id, v3.id]));
    for (const v of versions) expect(Buffer.from(v.splitCodes).equals(Buffer.from(versions[0]!.splitCodes))).toBe(true);
    const labelsOf = async (id: string) => {
      const [upload] = await db
        .select()
        .from(datasetUploads)
        .where(eq(datasetUploads.id, versions.find((v) => v.id === id)!.uploadId));
      const labels: string[] = [];
      for await (const row of readStoredRows(db, owner.team.id, upload!.id))
        labels.push(String(row[upload!.columns.indexOf('category') + 1]));
      return labels;
    };
    const [l1, l3] = [await labelsOf(versionId), await labelsOf(v3.id)];
    const changed = l1.flatMap((label, row) => (label !== l3[row] ? [row] : []));
    expect(changed.sort((a, b) => a - b)).toEqual([item.row, other.row].sort((a, b) => a - b));
  }, 300_000);
});
