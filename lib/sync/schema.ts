import { z } from 'zod';

/**
 * One entry of `GET /v1/credentials/totp`, as Skyvern's server sends it. Only the fields OTPilot uses are
 * required; unknown `otp_type` values are kept as strings (and skipped later) rather than failing the list.
 */
export const totpCodeSchema = z.object({
  totp_code_id: z.string().min(1),
  code: z.string(),
  otp_type: z.string().nullish(),
  totp_identifier: z.string(),
  content: z.string().nullish(),
  source: z.string().nullish(),
  task_id: z.string().nullish(),
  workflow_id: z.string().nullish(),
  workflow_run_id: z.string().nullish(),
  organization_id: z.string().nullish(),
  created_at: z.string(),
  modified_at: z.string().nullish(),
  expired_at: z.string().nullish(),
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
