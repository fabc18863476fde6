/** The chaos bench's progress lines (stderr, with the time of day) and its one sleep. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const say = (s: string): void => void process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
