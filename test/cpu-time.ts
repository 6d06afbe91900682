/**
 * Milliseconds of CPU this process has used. Test files run in processes of their own (vitest's forks pool), so
 * the other files running beside one do not count, as they would in clock time on a loaded machine.
 */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
