/**
 * Swedish page chrome: lines a web page adds around an article (sharing, cookies, newsletters, ads,
 * comment forms, tags, bylines, disclaimers). A one-sided segment matching one of these is reported as
 * `info` page chrome, not as a dropped sentence. Case-insensitive; keep each pattern specific enough that a
 * sentence of body text does not match it.
 */
export const CHROME_PATTERNS_SV: readonly RegExp[] = [
  /^annons(er)?\b/i, // advertisement label
  /\bdela (med sig|den här artikeln|artikeln|på)\b/i, // share buttons
  /^(publicerad(e)?|uppdaterad|skriven av|av:)\b/i, // bylines
  /\bcookies?\b|\bkakor\b/i,
  /\b(prenumerera|prenumerationen|nyhetsbrev|registrering)\b/i,
  /\banslut dig till\b/i, // "join our network"
  /\b(lämna en kommentar|kommentarer|skriv en kommentar|din e-postadress|obligatoriska fält)\b/i,
  /^(taggar|etiketter|kategori(er)?|ämnen|relaterat|läs mer|läs också|mest lästa|trend|senaste nytt)\s*:?$/i,
  /^(taggar|etiketter|kategori(er)?)\s*:/i,
  /\binte nödvändigtvis\b/i, // publisher disclaimers ("not necessarily the views of …")
  /\b(följ oss|gilla oss)\b/i,
  /\b(integritetspolicy|användarvillkor|alla rättigheter förbehållna)\b/i,
];
