import type { BrowserContext, Page } from 'playwright-core';

// The content script's start-up task from a Chromium trace: the task that evaluates content-scripts/seats.js
// (compile, run, and the synchronous part of main()) blocks the host page for exactly that long.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** devtools.timeline and v8 hold EvaluateScript and v8.run; `toplevel` holds the task around them. */
const CATEGORIES = 'devtools.timeline,v8,toplevel';
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const SCRIPT = 'content-scripts/seats.js';

export interface ScriptStart {
  /** The task's duration (ms); the evaluation's own when no task event encloses it. */
  taskMs: number;
  evaluateMs: number;
  compileMs: number;
}

function durationMs(event: TraceEvent | undefined): number {
  return (event?.dur ?? 0) / 1000;
}

/** Finds the evaluation of the content script and the longest task that encloses it on its thread. */
export function scriptStartOf(events: readonly TraceEvent[]): ScriptStart {
  const evaluation = events.find(
    (e) => e.name === 'EvaluateScript' && e.ph === 'X' && (e.args?.data?.url ?? '').endsWith(SCRIPT),
  );
  if (!evaluation) throw new Error(`no EvaluateScript of ${SCRIPT} in the trace`);
  const end = evaluation.ts + (evaluation.dur ?? 0);
  const task = events
    .filter(
      (e) =>
        TASKS.has(e.name) && e.tid === evaluation.tid && e.ts <= evaluation.ts && e.ts + (e.dur ?? 0) >= end,
    )
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  const compile = events.find(
    (e) =>
      e.name === 'v8.compile' &&
      e.tid === evaluation.tid &&
      e.ts >= evaluation.ts &&
      e.ts <= end &&
      (e.args?.data?.url ?? '').endsWith(SCRIPT),
  );
  return {
    taskMs: durationMs(task ?? evaluation),
    evaluateMs: durationMs(evaluation),
    compileMs: durationMs(compile),
  };
}

/** Traces one visit (`visit` navigates and waits for what it needs) and returns the content script's start-up. */
export async function traceScriptStart(
  context: BrowserContext,
  page: Page,
  visit: () => Promise<unknown>,
): Promise<ScriptStart> {
  const cdp = await context.newCDPSession(page);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      events.push(...(value as unknown as TraceEvent[]));
    });
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    try {
      await visit();
    } finally {
      await cdp.send('Tracing.end');
      await complete;
    }
    return scriptStartOf(events);
  } finally {
    await cdp.detach();
  }
}
