/**
 * Transliteration tables to a lower-case ASCII Latin approximation, for comparing names across scripts
 * (مالمستروم ~ Malmström). Not a scholarly romanisation: each letter maps to what an English or Swedish
 * writer would most likely have used, so that consonant skeletons line up (ش → "sh", ج → "j", ث → "th").
 * Arabic short-vowel marks are dropped (they are rarely written); Persian/Urdu letters are included.
 */

export const ARABIC_TO_LATIN: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i', 'ى': 'a', 'ة': 'a',
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y',
  // Persian, Urdu and the letters Arabic uses for foreign sounds (ڤ for v, پ for p, چ for ch, گ for g).
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'ک': 'k', 'گ': 'g', 'ی': 'y', 'ڤ': 'v', 'ڥ': 'v', 'ۆ': 'o', 'ە': 'a',
  // Tatweel and the vowel marks carry no consonant.
  'ـ': '', 'َ': 'a', 'ُ': 'u', 'ِ': 'i', 'ً': '', 'ٌ': '', 'ٍ': '', 'ّ': '', 'ْ': '', 'ٰ': 'a',
};

/** Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian Cyrillic (lower-case; fold first). */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
  'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
  'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '',
  'э': 'e', 'ю': 'yu', 'я': 'ya', 'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g', 'ў': 'u', 'ђ': 'dj', 'ј': 'j',
  'љ': 'lj', 'њ': 'nj', 'ћ': 'c', 'џ': 'dz', 'ѓ': 'gj', 'ќ': 'kj', 'ѕ': 'dz',
};

/** Modern Greek (lower-case, accents folded first). */
export const GREEK_TO_LATIN: Readonly<Record<string, string>> = {
  'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'th', 'ι': 'i', 'κ': 'k',
  'λ': 'l', 'μ': 'm', 'ν': 'n', 'ξ': 'x', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't',
  'υ': 'y', 'φ': 'f', 'χ': 'ch', 'ψ': 'ps', 'ω': 'o',
};

/** Latin letters that Unicode decomposition does not reduce to ASCII (ł, ø, ß, æ, …). */
export const LATIN_SPECIAL_TO_ASCII: Readonly<Record<string, string>> = {
  'ł': 'l', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
  'ŋ': 'ng', 'ſ': 's',
};
