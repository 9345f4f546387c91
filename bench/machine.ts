/**
 * The machine a benchmark ran on, printed above the table: cores, CPU model, memory, Node and the
 * load average when the run started and ended (other processes share these cores).
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** One line per fact, e.g. "CPU: 2 × Intel(R) Xeon(R) …". */
export function describeMachine(): string[] {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // Not Linux: os.cpus() names it.
  }
  return [
    `date: ${new Date().toISOString()}`,
    `CPU: ${cpus().length} × ${model}`,
    `memory: ${(totalmem() / 1_073_741_824).toFixed(1)} GiB`,
    `Node: ${process.version}`,
    `load average (1/5/15 min): ${loadAverage()}`,
  ];
}

/** The load average as "1.23 / 2.34 / 3.45". */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}
