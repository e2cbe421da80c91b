'use client';

import { graphql } from '@/app/gql';
import { Field, Input, Select } from '@/app/_components/ui';
import { useGqlQuery } from '@/app/_lib/graphql';
import { combinerPolicies } from '@/lib/rules/combine';

const RuleSets = graphql(`
  query NewRunRuleSets {
    ruleSets {
      id
      name
      rules {
        id
        enabled
      }
    }
  }
`);

export interface HybridForm {
  hybridMode: string;
  ruleSetId: string;
  combiner: string;
  confidenceThreshold: string;
  labeledFraction: string;
  weakLabels: string;
}

export const initialHybrid: HybridForm = {
  hybridMode: 'hybrid',
  ruleSetId: '',
  combiner: 'rules_first',
  confidenceThreshold: '0',
  labeledFraction: '1',
  weakLabels: 'off',
};

export const hybridConfigOf = (form: HybridForm) => ({
  mode: form.hybridMode,
  ...(form.ruleSetId && { ruleSetId: form.ruleSetId }),
  combiner: form.combiner,
  confidenceThreshold: Number(form.confidenceThreshold),
  labeledFraction: Number(form.labeledFraction),
  weakLabels: form.weakLabels === 'on',
});

/** The hybrid kind's own settings: which rules, how they combine with the model, and whether they feed it. */
export function HybridFields({
  form,
  onChange,
  error,
}: {
  form: HybridForm;
  onChange: (change: Partial<HybridForm>) => void;
  error: (field: string) => string | undefined;
}) {
  const sets = useGqlQuery(RuleSets, {}).data?.ruleSets ?? [];
  const set = (key: keyof HybridForm) => (e: { target: { value: string } }) => onChange({ [key]: e.target.value });
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-medium text-slate-700">Rules and model</legend>
      <Field label="Mode" htmlFor="hybrid-mode" hint="ML only, rules only, or both">
        <Select id="hybrid-mode" value={form.hybridMode} onChange={set('hybridMode')}>
          <option value="hybrid">hybrid</option>
          <option value="ml_only">ml_only</option>
          <option value="rules_only">rules_only</option>
        </Select>
      </Field>
      <Field
        label="Rule set"
        htmlFor="rule-set"
        error={error('config.ruleSetId')}
        hint="Written under Rules; the run keeps its enabled rules as they are now"
      >
        <Select id="rule-set" value={form.ruleSetId} onChange={set('ruleSetId')}>
          <option value="">None</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.rules.filter((r) => r.enabled).length} enabled)
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Combiner" htmlFor="combiner" hint="rules_first: blacklists veto, whitelists assign, the model decides the rest">
        <Select id="combiner" value={form.combiner} onChange={set('combiner')}>
          {combinerPolicies.map((policy) => (
            <option key={policy} value={policy}>
              {policy}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Confidence threshold"
        htmlFor="confidence-threshold"
        error={error('config.confidenceThreshold')}
        hint="Below it, an item goes to review"
      >
        <Input id="confidence-threshold" type="number" step="0.05" value={form.confidenceThreshold} onChange={set('confidenceThreshold')} />
      </Field>
      <Field
        label="Labeled fraction"
        htmlFor="labeled-fraction"
        error={error('config.labeledFraction')}
        hint="Of the training labels the model sees"
      >
        <Input id="labeled-fraction" type="number" step="0.05" value={form.labeledFraction} onChange={set('labeledFraction')} />
      </Field>
      <Field label="Rules feed training data" htmlFor="weak-labels" hint="Rule-labeled rows join the model's training set">
        <Select id="weak-labels" value={form.weakLabels} onChange={set('weakLabels')}>
          <option value="off">off</option>
          <option value="on">on</option>
        </Select>
      </Field>
    </fieldset>
  );
}
