import { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { readStoredRows } from '../../db/datasetRows';
import { datasets, datasetUploads, datasetVersions } from '../../db/schema';
import { ingestFile } from '../datasets/ingest';
import { uploadLimits } from '../datasets/limits';
import { asBytes } from '../datasets/samples/bytes';
import type { DatasetSchema } from '../datasets/schema';
import type { DatasetStats } from '../datasets/stats';
import { splitConfig } from '../../lib/runs/split';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { addVersion, type DatasetVersion } from './datasets';
import { parseInput } from './validation';

const relabelInput = z.object({
  datasetVersionId: z.uuid('not a dataset version id'),
  rows: z
    .array(z.object({ row: z.number().int().min(0, 'not a row of the version'), label: z.string().trim().min(1, 'give a label') }))
    .min(1, 'label at least one row')
    .max(10_000, 'label at most 10,000 rows at once'),
  note: z.string().trim().max(500, 'use at most 500 characters').default(''),
});

/**
 * An analyst's corrections of some rows' labels (from a review queue): a new version of the dataset over a copy of
 * the latest version's rows with those labels changed, its schema and every row's split kept. Rows are numbered as
 * in the version given (a run's); corrections build on earlier ones as long as the latest version has the same rows
 * and splits. The old versions, and every run on them, stay as they were.
 */
export async function relabelRows(scope: Scope, input: unknown): Promise<DatasetVersion> {
  authorize(scope, 'datasets:write');
  const { datasetVersionId, rows: changes, note } = parseInput(relabelInput, input);
  return scope.db.transaction(async (tx) => {
    const [given] = await tx
      .select()
      .from(datasetVersions)
      .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, datasetVersionId)));
    if (!given) throw new NotFoundError('Dataset version');
    // The dataset's row is locked: two corrections at once make consecutive versions, the second over the first.
    const [dataset] = await tx
      .select()
      .from(datasets)
      .where(and(ownedBy(scope, datasets.teamId), eq(datasets.id, given.datasetId)))
      .for('update');
    const [found] = await tx
      .select({ version: datasetVersions, upload: datasetUploads })
      .from(datasetVersions)
      .innerJoin(datasetUploads, eq(datasetUploads.id, datasetVersions.uploadId))
      .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.datasetId, given.datasetId)))
      .orderBy(desc(datasetVersions.number))
      .limit(1);
    const { version, upload } = found!;
    if (version.id !== given.id && !Buffer.from(version.splitCodes).equals(Buffer.from(given.splitCodes))) {
      throw new InvalidInputError(
        `datasetVersionId: the latest version (v${version.number}) has other rows or splits than v${given.number}; correct labels from a run on v${version.number}`,
        'datasetVersionId',
      );
    }
    const schema = version.schema as DatasetSchema;
    if (!schema.labelColumn || version.taskType === 'token_classification')
      throw new InvalidInputError('datasetVersionId: only versions with one label per row can be relabelled', 'datasetVersionId');
    const classes = Object.keys((version.stats as DatasetStats).labelDistribution);
    changes.forEach(({ row, label }, i) => {
      if (row >= upload.rowCount) throw new InvalidInputError(`rows.${i}.row: the version has ${upload.rowCount} rows`, `rows.${i}.row`);
      if (!classes.includes(label))
        throw new InvalidInputError(
          `rows.${i}.label: "${label}" is not a class of the dataset; one of ${classes.join(', ')}`,
          `rows.${i}.label`,
        );
    });
    const fixes = new Map(changes.map((c) => [c.row, c.label]));
    const labelColumn = schema.labelColumn;
    async function* records() {
      let row = 0;
      for await (const stored of readStoredRows(tx, scope.team.id, upload.id)) {
        const record: Record<string, unknown> = {};
        upload.columns.forEach((column, k) => stored[k + 1] !== null && stored[k + 1] !== undefined && (record[column] = stored[k + 1]));
        if (fixes.has(row)) record[labelColumn] = fixes.get(row);
        yield JSON.stringify(record);
        row++;
      }
    }
    const copy = await ingestFile(tx, {
      teamId: scope.team.id,
      userId: scope.user.id,
      filename: `${upload.filename.replace(/\.[^.]+$/, '')}-relabelled.jsonl`,
      source: asBytes(records()),
      limits: uploadLimits(),
    });
    const created = await addVersion(tx, scope, dataset!, {
      uploadId: copy.id,
      schema,
      split: splitConfig.parse(version.splitConfig),
      keepSplitCodes: version.splitCodes,
      note: note || `${changes.length} label${changes.length === 1 ? '' : 's'} corrected over v${version.number}`,
    });
    await recordAudit(tx, scope, {
      action: 'dataset.relabel',
      targetType: 'dataset',
      targetId: dataset!.id,
      details: { from: version.number, to: created.number, rows: changes.length },
    });
    return created;
  });
}
