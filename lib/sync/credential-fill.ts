import { matchesOrigin } from '@/lib/sites/match';

/**
 * Where a Skyvern-stored authenticator's code may go: the credential's own site (the login page it was tested on,
 * as an account's website, matched by the one rule of `lib/sites`). Without a tested URL, nowhere.
 */
export function credentialSite(testedUrl: string | null): { websites: string[] } {
  return { websites: testedUrl ? [testedUrl] : [] };
}

export function mayFillCredentialOn(testedUrl: string | null, pageUrl: string | undefined): boolean {
  return matchesOrigin(credentialSite(testedUrl), pageUrl);
}
