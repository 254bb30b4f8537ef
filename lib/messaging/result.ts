/** A failure the UI can show as it is. */
export interface Failure {
  ok: false;
  error: string;
}
export type Result<T = object> = ({ ok: true } & T) | Failure;

/** Turns a thrown error (a message that could not be delivered, say) into a Failure the UI can show. */
export function asFailure(error: unknown): Failure {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
