/**
 * Class names of the queue's cells (due date with marker, assessment, device with plan, flags), laid
 * out by the queue's datagrid styles (QueueDatagrid.tsx): styled once for the whole table, where a
 * MUI <Stack> in each of 25 rows × 4 cells computed its styles on every render (issue 6, item 4).
 */
export const QUEUE_CLASSES = {
  /** A column of lines, left-aligned (device and plan). */
  stack: 'QueueCell-stack',
  /** The due date above its overdue / due-soon marker. */
  due: 'QueueCell-due',
  /** The decision chip and payout in a row, right-aligned. */
  assessment: 'QueueCell-assessment',
  /** A secondary line in the caption typography (a device's plan). */
  caption: 'QueueCell-caption',
  /** Review flag chips, wrapping. */
  flags: 'QueueCell-flags',
} as const;
