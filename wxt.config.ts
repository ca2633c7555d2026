import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  manifest: {
    name: 'seatguard',
    description: 'Seat usage and limit checks inside your SaaS admin pages.',
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
