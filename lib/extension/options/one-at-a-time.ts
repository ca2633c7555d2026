import { computed, type ReadonlySignal, signal } from '@preact/signals';

export interface OneAtATime {
  /** True while an action runs: the form shows itself busy. */
  busy: ReadonlySignal<boolean>;
  /** Runs the action unless another one is running, which answers false and does nothing. */
  run(action: () => Promise<boolean>): Promise<boolean>;
}

/** A form's actions, one at a time: a second click while saving or testing is ignored. */
export function oneAtATime(): OneAtATime {
  const running = signal(false);
  return {
    busy: computed(() => running.value),
    async run(action) {
      if (running.value) return false;
      running.value = true;
      try {
        return await action();
      } finally {
        running.value = false;
      }
    },
  };
}
