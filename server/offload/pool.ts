/**
 * CPU-bound work of a request (rule matching over a dataset) runs in a pool of worker threads, so that the web
 * process's event loop keeps answering every other team meanwhile. Each call has a time budget (past it, its thread
 * is ended and the call refused), and a team may have only a few calls in flight per web process.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Piscina from 'piscina';
import { LimitExceededError } from '../errors';
import type { RuleAnalysisResult, RuleAnalysisTask, RuleTestResult, RuleTestTask } from './ruleTasks';

const threads = Math.max(1, os.availableParallelism() - 1);
const settings = () => ({
  budgetMs: Number(process.env.PHASELAB_RULE_BUDGET_MS ?? 10_000),
  perTeam: Number(process.env.PHASELAB_RULE_CALLS_PER_TEAM ?? 2),
});

const holder = globalThis as unknown as { __phaselabRulePool?: Piscina };

function pool(): Piscina {
  // The task file is TypeScript read at run time (tsx), found from the project root: a bundler's copy of this module
  // lives elsewhere. Threads stay a while after their last call, keeping decoded texts warm.
  holder.__phaselabRulePool ??= new Piscina({
    filename: pathToFileURL(path.join(process.cwd(), 'server', 'offload', 'ruleTasks.ts')).href,
    maxThreads: threads,
    minThreads: 0,
    idleTimeout: 10 * 60_000,
    maxQueue: threads * 16,
    execArgv: ['--import', 'tsx'],
  });
  return holder.__phaselabRulePool;
}

const inFlight = new Map<string, number>();
let allInFlight = 0;

export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`took longer than the budget of ${budgetMs / 1000} s`);
  }
}

/** Runs a rule task off the event loop for a team; throws BudgetExceeded past the budget, LIMIT_EXCEEDED when busy. */
export async function offloadRuleTask(teamId: string, task: RuleTestTask): Promise<RuleTestResult>;
export async function offloadRuleTask(teamId: string, task: RuleAnalysisTask): Promise<RuleAnalysisResult>;
export async function offloadRuleTask(teamId: string, task: RuleTestTask | RuleAnalysisTask): Promise<unknown> {
  const { budgetMs, perTeam } = settings();
  const running = inFlight.get(teamId) ?? 0;
  if (running >= perTeam) {
    throw new LimitExceededError(
      `Your team already has ${running} rule tests or analyses running, the most at once (PHASELAB_RULE_CALLS_PER_TEAM); try again in a moment.`,
      2,
    );
  }
  inFlight.set(teamId, running + 1);
  // A call that must wait for a thread spends part of its budget waiting: past it, the server was busy, not the pattern.
  const waitsForThread = allInFlight++ >= threads;
  const budget = AbortSignal.timeout(budgetMs);
  try {
    return await pool().run(task, { signal: budget });
  } catch (error) {
    if (budget.aborted && waitsForThread) throw new LimitExceededError('The server is busy testing rules; try again in a moment.', 5);
    if (budget.aborted) throw new BudgetExceeded(budgetMs);
    if (error instanceof Error && error.message === 'Task queue is at limit')
      throw new LimitExceededError('The server is busy testing rules; try again in a moment.', 2);
    throw error;
  } finally {
    allInFlight--;
    const left = inFlight.get(teamId)! - 1;
    if (left === 0) inFlight.delete(teamId);
    else inFlight.set(teamId, left);
  }
}
