// `# strategy-disable-next-line rule-id -- reason`: the runner (run.ts) applies these
// comments; this rule carries the severity and the texts of what it reports about them.
import { defineRule } from './types.js';

export default defineRule({
  id: 'suppressions',
  severity: 'warning',
  options: {},
  docs: {
    example: 'version: 1\nchannels:\n  tiktok:\n    platform: tiktok\n    # strategy-disable-next-line two-admins\n    admins: [lotte]\n',
  },
  check() {},
});
