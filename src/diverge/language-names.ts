/** English names of the languages the messages mention; other codes are shown as they are. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  sv: 'Swedish', ar: 'Arabic', pl: 'Polish', en: 'English', de: 'German', fr: 'French', es: 'Spanish',
  it: 'Italian', nl: 'Dutch', da: 'Danish', nb: 'Norwegian', no: 'Norwegian', fi: 'Finnish', ru: 'Russian',
  uk: 'Ukrainian', pt: 'Portuguese', tr: 'Turkish', fa: 'Persian', he: 'Hebrew', zh: 'Chinese',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? (code === 'und' ? 'the document\'s' : code);
}
