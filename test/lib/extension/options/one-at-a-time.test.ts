import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../../lib/extension/options/one-at-a-time';

describe('oneAtATime', () => {
  it('is busy while an action runs, and ignores a second one meanwhile', async () => {
    const turn = oneAtATime();
    let finish: (ok: boolean) => void = () => undefined;
    const first = turn.run(() => new Promise<boolean>((done) => (finish = done)));
    expect(turn.busy.value).toBe(true);
    let ran = false;
    const second = await turn.run(async () => (ran = true));
    expect([second, ran]).toEqual([false, false]);
    finish(true);
    expect(await first).toBe(true);
    expect(turn.busy.value).toBe(false);
  });

  const fails = async (): Promise<boolean> => false;
  const throws = async (): Promise<boolean> => {
    throw new Error('disk full');
  };
  it.each([
    ['answers false', fails, false],
    ['throws', throws, 'disk full'],
  ] as const)('is free again after an action that %s', async (_, action, outcome) => {
    const turn = oneAtATime();
    const result = await turn.run(action).catch((error: Error) => error.message);
    expect(result).toBe(outcome);
    expect(turn.busy.value).toBe(false);
    expect(await turn.run(async () => true)).toBe(true);
  });
});
