import { describe, expect, it } from 'vitest';
import { compileFilter, compileOrder, parseFilter, SearchSyntaxError, type Searchable } from './search';

const run = (name: string, acc: number | null, lr: string, user = 'ana', start = 0): Searchable => ({
  metrics: new Map(
    acc === null
      ? []
      : [
          ['acc', acc],
          ['eval/f1', acc / 2],
        ],
  ),
  params: new Map([['lr', lr]]),
  tags: new Map([['mlflow.user', user]]),
  attributes: { run_name: name, status: 'FINISHED', start_time: start },
});

const runs = [run('alpha', 0.9, '0.01', 'ana', 3), run('beta', 0.7, '0.1', 'bo', 2), run('gamma', null, '0.01', 'Ana', 1)];
const names = (filter: string) => runs.filter(compileFilter(filter)).map((r) => r.attributes.run_name);

describe('MLflow search filters', () => {
  it('compares metrics as numbers and params and tags as strings, joined by AND', () => {
    expect(names('metrics.acc > 0.8')).toEqual(['alpha']);
    expect(names("metrics.acc >= 0.7 and params.lr = '0.1'")).toEqual(['beta']);
    expect(names("params.lr != '0.1'")).toEqual(['alpha', 'gamma']);
    expect(names('metrics.`eval/f1` < 0.4')).toEqual(['beta']);
  });

  it('matches LIKE case-sensitively and ILIKE not, with % and _ as wildcards only', () => {
    expect(names("tags.`mlflow.user` LIKE 'a%'")).toEqual(['alpha']);
    expect(names('tags."mlflow.user" ILIKE \'a_a\'')).toEqual(['alpha', 'gamma']);
    expect(names("attributes.run_name LIKE '.*'")).toEqual([]);
  });

  it('reads IN and NOT IN lists and bare attribute names', () => {
    expect(names("attributes.run_name IN ('alpha', 'gamma')")).toEqual(['alpha', 'gamma']);
    expect(names("run_name NOT IN ('alpha')")).toEqual(['beta', 'gamma']);
    expect(names("status = 'FINISHED' AND attributes.start_time < 3")).toEqual(['beta', 'gamma']);
  });

  it('never matches a run that lacks the key', () => {
    expect(names('metrics.acc < 100')).toEqual(['alpha', 'beta']);
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => parseFilter("metrics.acc > 'high'")).toThrow(/compared with a number/);
    expect(() => parseFilter('params.lr > 0.1')).toThrow(/compared with a string/);
    expect(() => parseFilter("metrics.acc > 1 or params.lr = '1'")).toThrow(/only AND/);
    expect(() => parseFilter("things.x = '1'")).toThrow(SearchSyntaxError);
    expect(() => parseFilter("params.lr = 'open")).toThrow(/unclosed/);
  });
});

describe('MLflow order_by', () => {
  const byStart = (a: Searchable, b: Searchable) => Number(b.attributes.start_time) - Number(a.attributes.start_time);
  it('sorts by a metric either way with missing values last, then by the fallback', () => {
    expect([...runs].sort(compileOrder(['metrics.acc DESC'], byStart)).map((r) => r.attributes.run_name)).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
    expect([...runs].sort(compileOrder(['metrics.acc'], byStart)).map((r) => r.attributes.run_name)).toEqual(['beta', 'alpha', 'gamma']);
    expect([...runs].sort(compileOrder(['params.lr ASC'], byStart)).map((r) => r.attributes.run_name)).toEqual(['alpha', 'gamma', 'beta']);
  });
});
