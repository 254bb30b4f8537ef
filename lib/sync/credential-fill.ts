import { hostMatches, hostOf } from '@/lib/autofill-service/match';

/**
 * The fill policy's one question for a Skyvern-stored authenticator: is the page the credential's own site
 * (the login page it was tested on)? Without a tested URL, nowhere. Kept in this one function so that it follows
 * the fill policy (lib/fill-policy, lib/sites) when that lands.
 */
export function mayFillCredentialOn(testedUrl: string | null, pageUrl: string | undefined): boolean {
  const page = hostOf(pageUrl);
  return page !== null && testedUrl !== null && hostOf(testedUrl) !== null && hostMatches(page, testedUrl);
}
