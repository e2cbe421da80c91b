/** The column types tabular and text trainers turn into features; the label and other types are not read. */
export const featureColumnTypes = ['numeric', 'categorical', 'text'] as const;

/** A dataset's feature columns, in schema order: what a model reads and what predictions may name. */
export function featureColumns<C extends { name: string; type: string }>(schema: {
  columns: readonly C[];
  labelColumn: string | null;
}): C[] {
  return schema.columns.filter(
    (c) => c.name !== schema.labelColumn && (featureColumnTypes as readonly string[]).includes(c.type.toLowerCase()),
  );
}
