import * as z from 'zod/mini';

/**
 * One entry of `GET /v1/credentials/totp`, as Skyvern's server sends it. Only the fields OTPilot uses are
 * required; unknown `otp_type` values are kept as strings (and skipped later) rather than failing the list.
 * zod/mini, not zod's classic API: the same checks, without the classic API's setup, which was 80 of the
 * service worker's 143 KB and about 8 ms of every start of it.
 */
export const totpCodeSchema = z.object({
  totp_code_id: z.string().check(z.minLength(1)),
  code: z.string(),
  otp_type: z.nullish(z.string()),
  totp_identifier: z.string(),
  content: z.nullish(z.string()),
  source: z.nullish(z.string()),
  task_id: z.nullish(z.string()),
  workflow_id: z.nullish(z.string()),
  workflow_run_id: z.nullish(z.string()),
  organization_id: z.nullish(z.string()),
  created_at: z.string(),
  modified_at: z.nullish(z.string()),
  expired_at: z.nullish(z.string()),
});
export type TotpCode = z.infer<typeof totpCodeSchema>;

/** Parses the list; entries that do not fit the schema are dropped (one bad row never hides the rest). */
export function parseTotpCodes(json: unknown): TotpCode[] | null {
  if (!Array.isArray(json)) return null;
  return json.flatMap((item) => {
    const parsed = totpCodeSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
