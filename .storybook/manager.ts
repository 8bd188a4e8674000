// In `npm run storybook`, the manager keeps three stores in step with the dev server: sidebar
// statuses (storybook/status), test runners (storybook/test-provider) and the onboarding checklist
// (storybook/checklist). Each asks the server for its state as the manager's channel opens and
// gives up after one second, but the manager's first render runs in between: on a busy machine
// that render alone takes longer, and every load ended in three "UniversalStore … Timed out
// waiting for leader state" errors (a race in Storybook 10 itself; the same one-second wait is
// behind storybookjs/storybook#35864). This Storybook uses none of the three stores (no test
// addon; change detection and the checklist are off in main.ts), so their late answer is no
// error here and is not reported. Every other error still is. The static build has no server and
// no such wait: there the manager keeps the stores itself.
const UNUSED_STORES = /'storybook\/(status|test-provider|checklist)'/;

window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as Error | undefined;
  // Storybook names it "SB_MANAGER_UNIVERSAL-STORE_0001 (UniversalStoreFollowerTimeoutError)".
  if (/\bUniversalStoreFollowerTimeoutError\b/.test(reason?.name ?? '') && UNUSED_STORES.test(reason?.message ?? '')) event.preventDefault();
});
