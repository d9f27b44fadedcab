/** Polish page chrome (see chrome-sv.ts for what this is for). */
export const CHROME_PATTERNS_PL: readonly RegExp[] = [
  /^(reklama|ogłoszenie|artykuł sponsorowany)\b/i,
  /\budostępnij\b/i,
  /^(opublikowano|autor|aktualizacja)\s*:?/i,
  /\b(pliki cookies?|ciasteczk)/i,
  /\b(subskrybuj|subskrypcj|newsletter|zapisz się)/i,
  /\b(dołącz do nas|obserwuj nas)\b/i,
  /\b(zostaw komentarz|skomentuj|komentarze|twój adres e-mail nie zostanie opublikowany|wymagane pola)/i,
  /^(tagi|kategori[ae]|powiązane|czytaj (też|także|więcej)|zobacz też|najczęściej czytane)\s*:?/i,
  /\bniekoniecznie\b/i,
  /\b(polityka prywatności|regulamin|wszelkie prawa zastrzeżone)\b/i,
];
