/**
 * Sending one write about a claim from a dialog, the way money-moving actions must be sent:
 * - pessimistic: the screen says "done" only after the backend saved it (no undo-later);
 * - one Idempotency-Key per dialog opening (the hook lives in the dialog, mounted when it opens),
 *   renewed only after the backend answered with a refusal, so a retry after a lost answer replays
 *   the first request and a double click records one decision;
 * - a second submit while one is in flight is ignored (and the button is disabled);
 * - a 409 is kept with the claim as the screen showed it and the claim's last audit event, so the
 *   dialog can tell who changed what while keeping what the adjuster typed.
 */
import { useRef, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { AuditEvent, Claim, ClaimLock, ClaimStatus } from '../../../domain/records';
import { failureOf, type CommandFailure } from './failure';

/** An audit event as the backend presents it, with the actor's display name when it sends one. */
export type PresentedAuditEvent = AuditEvent;

/** A refused command as the dialog shows it. */
export interface ShownFailure extends CommandFailure {
  /** The claim as the screen showed it when the command was sent. */
  screen: { status: ClaimStatus; version: number; lock: ClaimLock | null };
  /** The claim's last audit event, fetched after a 409 (null when it could not be read). */
  lastEvent?: PresentedAuditEvent | null;
}

/** What a command sends and says when it succeeds. */
export interface CommandSpec {
  /** Sends the request; `idempotencyKey` is this dialog opening's key. */
  send: (idempotencyKey: string) => Promise<unknown>;
  /** The success message key and its arguments (shown after the backend saved). */
  success: { message: string; args?: Record<string, string> };
  /** Called after success (e.g. to close the dialog). */
  onDone?: () => void;
}

/** The state and the `run` of a dialog's command. */
export interface ClaimCommand {
  run: (spec: CommandSpec) => Promise<void>;
  isPending: boolean;
  failure: ShownFailure | null;
}

const newKey = () => crypto.randomUUID();

/** The command hook of a dialog about `claim` (see the module comment). */
export function useClaimCommand(claim: Claim): ClaimCommand {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const key = useRef<string>(newKey());
  const inFlight = useRef(false);
  const [isPending, setPending] = useState(false);
  const [failure, setFailure] = useState<ShownFailure | null>(null);

  const lastEvent = async (): Promise<PresentedAuditEvent | null> => {
    try {
      const { data } = await dataProvider.getList<PresentedAuditEvent>('audit-events', {
        filter: { recordId: claim.id },
        sort: { field: 'at', order: 'DESC' },
        pagination: { page: 1, perPage: 1 },
      });
      return data[0] ?? null;
    } catch {
      return null;
    }
  };

  const run = async ({ send, success, onDone }: CommandSpec) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    const screen = { status: claim.status, version: claim.version, lock: claim.lock };
    try {
      await send(key.current);
      setFailure(null);
      notify(success.message, { type: 'success', messageArgs: success.args });
      onDone?.();
      refresh();
    } catch (error) {
      const seen = failureOf(error);
      // The backend answered: this key is spent on a refusal; a retry is a new request.
      if (seen.status !== 0) key.current = newKey();
      const event = seen.status === 409 ? await lastEvent() : undefined;
      setFailure({ ...seen, screen, lastEvent: event });
      if (seen.status === 409) refresh();
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  return { run, isPending, failure };
}
