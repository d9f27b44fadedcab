/**
 * English page chrome (see chrome-sv.ts for what this is for). English chrome is also checked on pages in
 * other languages, where themes often leave it untranslated.
 */
export const CHROME_PATTERNS_EN: readonly RegExp[] = [
  /^(advertisement|sponsored|ad)\b/i,
  /\bshare (this|on|via)\b|^share\s*:?$/i,
  /^(published|posted|updated|by)\s*(on|:)?\b/i,
  /\bcookies?\b/i,
  /\b(subscribe|unsubscribe|newsletter|sign up)\b/i,
  /\bjoin our\b/i,
  /\b(leave a (comment|reply)|comments?\s*$|your email address will not be published|required fields)\b/i,
  /^(tags|categories|category|related|read more|read also|trending|most read|filed under)\s*:?/i,
  /\bnot necessarily\b/i,
  /\b(follow us|like us on)\b/i,
  /\b(privacy policy|terms of use|all rights reserved)\b/i,
];
