/**
 * Checks on a whole GraphQL document before any resolver runs: ids well formed, the schema shown only to callers who
 * are signed in, and expensive fields (rule matching over a dataset) few per document, whatever aliases and fragments
 * a document uses to repeat them.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isNonNullType,
  NoSchemaIntrospectionCustomRule,
  TypeInfo,
  validate,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from 'graphql';
import { refusal } from './errors';
import { InvalidInputError, LimitExceededError, UnauthenticatedError } from '../errors';
import type { GraphQLContext } from './context';
import { typeDefs } from './schema';
import { UUID } from '../../lib/inputs';

/**
 * The schema as this module's copy of graphql builds it. Apollo's copy may be another instance of the library (a
 * bundler's, or CommonJS beside ES modules), and graphql refuses to mix schemas and functions across instances; so
 * everything here is imported from the package's root, one instance.
 */
let ownSchema: ReturnType<typeof buildSchema> | undefined;
const schema = () => (ownSchema ??= buildSchema(typeDefs.join('\n')));

/** The ids that count rows (log lines, tracking experiments) rather than name them by UUID. */
const NUMERIC_IDS = new Set(['Run.logs.after', 'RunFilter.experimentId']);

/** Every ID a document passes (as an argument or inside an input) is a UUID or, where the schema counts, a number. */
function checkIds(value: unknown, type: GraphQLInputType, where: string, name: string) {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkIds(value, type.ofType, where, name);
  // A single value stands for a list of one, as GraphQL's input coercion allows.
  if (isListType(type)) return void (Array.isArray(value) ? value : [value]).forEach((item) => checkIds(item, type.ofType, where, name));
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      checkIds((value as Record<string, unknown>)[field.name], field.type, `${type.name}.${field.name}`, `${name}.${field.name}`);
    return;
  }
  if (getNamedType(type).name !== 'ID') return;
  const text = String(value);
  if (NUMERIC_IDS.has(where) ? /^\d{1,18}$/.test(text) : UUID.test(text)) return;
  throw refusal(new InvalidInputError(`${name}: ${JSON.stringify(text.slice(0, 40))} is not an id`, name));
}

/** Expensive fields and how many of them one document may ask for. */
const EXPENSIVE_FIELDS = new Set(['testRule', 'analysis']);
const MAX_EXPENSIVE_FIELDS = 2;

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  /** Fragments spread on the way here: stops a cycle (which validation refuses anyway). */
  seen: Set<string>;
  /** Inside a field that returns a list: an expensive field here would run once per item. */
  underList: boolean;
}

/** How many expensive fields a selection asks for, each fragment counted every time it is spread. */
function countExpensive(selections: SelectionSetNode | undefined, type: GraphQLNamedType | undefined, walk: Walk): number {
  let count = 0;
  for (const selection of selections?.selections ?? []) {
    if (selection.kind === 'Field') {
      if (EXPENSIVE_FIELDS.has(selection.name.value)) {
        if (walk.underList)
          throw refusal(
            new LimitExceededError(
              `${selection.name.value} runs once per item of a list: ask for it on one object at a time (e.g. ruleSet(id:)).`,
            ),
          );
        count++;
      }
      const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
      if (field)
        count += countExpensive(selection.selectionSet, getNamedType(field.type), {
          ...walk,
          underList: walk.underList || returnsList(field.type),
        });
    } else if (selection.kind === 'InlineFragment') {
      count += countExpensive(
        selection.selectionSet,
        selection.typeCondition ? (schema().getType(selection.typeCondition.name.value) ?? undefined) : type,
        walk,
      );
    } else if (!walk.seen.has(selection.name.value)) {
      const fragment = walk.fragments.get(selection.name.value);
      const on = fragment && (schema().getType(fragment.typeCondition.name.value) ?? undefined);
      count += countExpensive(fragment?.selectionSet, on, { ...walk, seen: new Set(walk.seen).add(selection.name.value) });
    }
  }
  return count;
}

function returnsList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

export const documentGuards: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, contextValue }) {
        if (contextValue.principal.kind === 'anonymous' && validate(schema(), document, [NoSchemaIntrospectionCustomRule]).length > 0) {
          throw refusal(new UnauthenticatedError('Sign in, or send an API token, to read the schema.'));
        }
        const fragments = new Map(document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
        const root = operation?.operation === 'mutation' ? schema().getMutationType() : schema().getQueryType();
        const expensive = countExpensive(operation?.selectionSet, root ?? undefined, { fragments, seen: new Set(), underList: false });
        if (expensive > MAX_EXPENSIVE_FIELDS) {
          throw refusal(
            new LimitExceededError(
              `This document asks for ${expensive} rule tests or analyses; one document may ask for at most ${MAX_EXPENSIVE_FIELDS} (send the rest in later requests).`,
            ),
          );
        }
        const typeInfo = new TypeInfo(schema());
        visit(
          document,
          visitWithTypeInfo(typeInfo, {
            Field(node) {
              const field = typeInfo.getFieldDef();
              for (const arg of field?.args ?? []) {
                const given = node.arguments?.find((a) => a.name.value === arg.name);
                // Literals are read against the argument's type; a variable comes as the client sent it.
                const value = given ? valueFromAST(given.value, arg.type, request.variables ?? {}) : arg.defaultValue;
                checkIds(value, arg.type, `${typeInfo.getParentType()!.name}.${field!.name}.${arg.name}`, arg.name);
              }
            },
          }),
        );
      },
    };
  },
};
