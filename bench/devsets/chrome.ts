/**
 * Page chrome to inject on one side of a development document: the lines a scraper keeps from a real
 * news or documentation page (share buttons, cookie notices, advertisement labels, dates, navigation). Each
 * entry is a small block of lines in one language; `{date}` and `{n}` are filled in by the generator so that
 * chrome also carries numbers, as real chrome does, and tests that the aligner does not tie them to the text.
 */

/** One kind of chrome, as it would appear together on a page. */
export interface ChromeTemplate {
  category: 'share' | 'cookie' | 'advertisement' | 'date' | 'navigation' | 'related' | 'newsletter' | 'comments' | 'byline';
  lines: readonly string[];
}

export interface ChromeLanguageData {
  months: readonly string[];
  /** How a date is written, with `{d}`, `{month}`, `{y}`. */
  dateFormat: string;
  templates: readonly ChromeTemplate[];
}

export const CHROME: Readonly<Record<string, ChromeLanguageData>> = {
  sv: {
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    dateFormat: '{d} {month} {y}',
    templates: [
      { category: 'share', lines: ['Dela den här artikeln:'] },
      { category: 'share', lines: ['Dela den här artikeln', 'Facebook', 'X (Twitter)', 'LinkedIn', 'E-post'] },
      { category: 'cookie', lines: ['Vi använder cookies för att ge dig den bästa upplevelsen på vår webbplats. Genom att fortsätta godkänner du vår användning av cookies.', 'Acceptera alla', 'Inställningar'] },
      { category: 'advertisement', lines: ['Annons'] },
      { category: 'advertisement', lines: ['ANNONS', 'Annonsen fortsätter nedan'] },
      { category: 'date', lines: ['Publicerad {date}'] },
      { category: 'date', lines: ['{date}'] },
      { category: 'date', lines: ['Uppdaterad {date} kl. {hh}:{mm}'] },
      { category: 'navigation', lines: ['Hem', 'Nyheter', 'Politik', 'Ekonomi', 'Kontakt'] },
      { category: 'navigation', lines: ['Hem » Nyheter » Europa'] },
      { category: 'navigation', lines: ['« Föregående', 'Nästa »'] },
      { category: 'related', lines: ['Läs mer:', 'Relaterade artiklar'] },
      { category: 'newsletter', lines: ['Prenumerera på vårt nyhetsbrev', 'Ange din e-postadress'] },
      { category: 'comments', lines: ['Kommentarer ({n})', 'Lämna en kommentar'] },
      { category: 'byline', lines: ['Av redaktionen', 'Lästid: {n} minuter'] },
    ],
  },
  pl: {
    months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    dateFormat: '{d} {month} {y}',
    templates: [
      { category: 'share', lines: ['Udostępnij'] },
      { category: 'share', lines: ['Udostępnij ten artykuł', 'Facebook', 'X (Twitter)', 'LinkedIn', 'E-mail'] },
      { category: 'cookie', lines: ['Ta strona używa plików cookies. Korzystając ze strony, wyrażasz zgodę na ich używanie zgodnie z ustawieniami przeglądarki.', 'Akceptuję', 'Ustawienia prywatności'] },
      { category: 'advertisement', lines: ['Reklama'] },
      { category: 'advertisement', lines: ['REKLAMA', 'Dalsza część artykułu pod reklamą'] },
      { category: 'date', lines: ['Opublikowano: {date}'] },
      { category: 'date', lines: ['{date}'] },
      { category: 'date', lines: ['Aktualizacja: {date}, godz. {hh}:{mm}'] },
      { category: 'navigation', lines: ['Strona główna', 'Aktualności', 'Polityka', 'Gospodarka', 'Kontakt'] },
      { category: 'navigation', lines: ['Strona główna » Aktualności » Europa'] },
      { category: 'navigation', lines: ['« Poprzedni', 'Następny »'] },
      { category: 'related', lines: ['Czytaj także:', 'Powiązane artykuły'] },
      { category: 'newsletter', lines: ['Zapisz się do naszego newslettera', 'Podaj swój adres e-mail'] },
      { category: 'comments', lines: ['Komentarze ({n})', 'Dodaj komentarz'] },
      { category: 'byline', lines: ['Autor: redakcja', 'Czas czytania: {n} min'] },
    ],
  },
  ar: {
    months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    dateFormat: '{d} {month} {y}',
    templates: [
      { category: 'share', lines: ['شارك هذا المقال'] },
      { category: 'share', lines: ['شارك هذا المقال:', 'فيسبوك', 'إكس (تويتر)', 'لينكدإن', 'البريد الإلكتروني'] },
      { category: 'cookie', lines: ['نستخدم ملفات تعريف الارتباط لنمنحك أفضل تجربة على موقعنا. باستمرارك في التصفح فإنك توافق على استخدامنا لها.', 'قبول الكل', 'الإعدادات'] },
      { category: 'advertisement', lines: ['إعلان'] },
      { category: 'advertisement', lines: ['إعلان', 'تابع القراءة أسفل الإعلان'] },
      { category: 'date', lines: ['نُشر في {date}'] },
      { category: 'date', lines: ['{date}'] },
      { category: 'date', lines: ['آخر تحديث: {date} الساعة {hh}:{mm}'] },
      { category: 'navigation', lines: ['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'اتصل بنا'] },
      { category: 'navigation', lines: ['الرئيسية « أخبار « أوروبا'] },
      { category: 'navigation', lines: ['السابق', 'التالي'] },
      { category: 'related', lines: ['اقرأ أيضاً:', 'مقالات ذات صلة'] },
      { category: 'newsletter', lines: ['اشترك في نشرتنا الإخبارية', 'أدخل بريدك الإلكتروني'] },
      { category: 'comments', lines: ['التعليقات ({n})', 'أضف تعليقاً'] },
      { category: 'byline', lines: ['بقلم هيئة التحرير', 'مدة القراءة: {n} دقائق'] },
    ],
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    dateFormat: '{month} {d}, {y}',
    templates: [
      { category: 'share', lines: ['Share this article'] },
      { category: 'share', lines: ['Share this article:', 'Facebook', 'X (Twitter)', 'LinkedIn', 'Email'] },
      { category: 'cookie', lines: ['We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.', 'Accept all', 'Cookie settings'] },
      { category: 'advertisement', lines: ['Advertisement'] },
      { category: 'advertisement', lines: ['ADVERTISEMENT', 'Story continues below advertisement'] },
      { category: 'date', lines: ['Published {date}'] },
      { category: 'date', lines: ['{date}'] },
      { category: 'date', lines: ['Updated {date} at {hh}:{mm}'] },
      { category: 'navigation', lines: ['Home', 'News', 'Politics', 'Economy', 'Contact'] },
      { category: 'navigation', lines: ['Home » News » Europe'] },
      { category: 'navigation', lines: ['« Previous', 'Next »'] },
      { category: 'related', lines: ['Read more:', 'Related articles'] },
      { category: 'newsletter', lines: ['Subscribe to our newsletter', 'Enter your email address'] },
      { category: 'comments', lines: ['Comments ({n})', 'Leave a comment'] },
      { category: 'byline', lines: ['By the editorial team', 'Reading time: {n} minutes'] },
    ],
  },
};
