/**
 * Test files that mock a module (vi.mock, vi.doMock). The other unit and ui files share a module graph per
 * worker (isolate: false), where a mock would outlive its file; these run isolated (vite.config.ts,
 * project ui-mocks). tests/tooling/mocking-files.test.ts fails when a file that mocks is missing here.
 */
export const MOCKING = [
  'src/app/report-flags.test.ts',
  'src/features/studio/StudioPage.broken.test.tsx',
  'src/features/sync/SyncStatus.test.tsx',
];
