import type { ColumnType, TaskType } from '@/app/gql/graphql';
import { Field, Select } from '../../../../_components/ui';
import { columnTypes, taskTypeLabel } from './labels';

export interface EditableSchema {
  taskType: TaskType;
  labelColumn: string | null;
  columns: { name: string; type: ColumnType }[];
}

/** The inferred schema, for the user to confirm or correct: task type, label column and each column's type. */
export function SchemaEditor({ schema, onChange }: { schema: EditableSchema; onChange: (schema: EditableSchema) => void }) {
  const conll = schema.taskType === 'TOKEN_CLASSIFICATION';
  const setType = (name: string, type: ColumnType) =>
    onChange({ ...schema, columns: schema.columns.map((c) => (c.name === name ? { ...c, type } : c)) });
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Task type" htmlFor="task-type">
          <Select
            id="task-type"
            value={schema.taskType}
            disabled={conll}
            onChange={(e) => onChange({ ...schema, taskType: e.target.value as TaskType })}
          >
            {Object.entries(taskTypeLabel)
              .filter(([value]) => conll || value !== 'TOKEN_CLASSIFICATION')
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </Select>
        </Field>
        <Field label="Label column" htmlFor="label-column">
          <Select
            id="label-column"
            value={schema.labelColumn ?? ''}
            disabled={conll}
            onChange={(e) => onChange({ ...schema, labelColumn: e.target.value || null })}
          >
            <option value="">None</option>
            {schema.columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {!conll && (
        <div className="grid gap-2 sm:grid-cols-3">
          {schema.columns.map((c) => (
            <Field key={c.name} label={c.name} htmlFor={`type-${c.name}`}>
              <Select id={`type-${c.name}`} value={c.type} onChange={(e) => setType(c.name, e.target.value as ColumnType)}>
                {columnTypes.map((t) => (
                  <option key={t} value={t}>
                    {t.toLowerCase()}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      )}
    </div>
  );
}
