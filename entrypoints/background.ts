import { defineBackground } from 'wxt/utils/define-background';

// The network, token and cache owner; wired up in issue 3/5.
export default defineBackground({
  type: 'module',
  main() {},
});
