import { defineConfig } from 'vitest/config';

// Unit tests cover src/lib only (pure TypeScript); the browser suite has its own runner.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
});
