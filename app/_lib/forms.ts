'use client';

import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { GraphQLRequestError } from './graphql';

/** Puts a server-side validation error next to its field; anything else goes to the form's own error line. */
export function showServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: Path<T>[]) {
  if (error instanceof GraphQLRequestError && error.field && fields.includes(error.field as Path<T>)) {
    const message = error.message.replace(/^[\w.]+: /, '');
    setError(error.field as Path<T>, { message });
    return;
  }
  setError('root', { message: error instanceof Error ? error.message : 'Something went wrong' });
}
