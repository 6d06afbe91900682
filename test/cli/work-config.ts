import type { WorkConfig } from '../../src/cli/work.js';

/** A worker's settings as the command line gives them by default, JSON out and pages grouped by host, for tests. */
export const WORK_CONFIG: WorkConfig = {
  format: 'json',
  explain: false,
  color: false,
  field: 'text',
  outField: 'dechaff',
  mode: undefined,
  lang: undefined,
  profiles: undefined,
  grouping: { by: 'host', field: 'url' },
  urlField: 'url',
  url: undefined,
  oneLine: false,
};
