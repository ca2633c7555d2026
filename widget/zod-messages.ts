// Stands in for zod's English locale in the widget build (vite.config.ts): zod then says "Invalid input".
export default () => ({ localeError: () => undefined });
