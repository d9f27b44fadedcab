/**
 * Arabic page chrome (see chrome-sv.ts for what this is for): comment forms, tags and category lines,
 * sharing, advertisements, cookies. Arabic has no letter case and no \b for its letters in JavaScript
 * regular expressions, so patterns match word stems directly.
 */
export const CHROME_PATTERNS_AR: readonly RegExp[] = [
  /^(إعلان|اعلان|محتوى (مدفوع|ممول))/,
  /(شارك|مشاركة) (المقال|هذا|على)|^شارك\s*:?$/,
  /^(نشر|نُشر|تاريخ النشر|بقلم|كتب)\s*[:في]/,
  /ملفات تعريف الارتباط|الكوكيز|سياسة الخصوصية|جميع الحقوق محفوظة/,
  /(اشترك|الاشتراك|النشرة البريدية|القائمة البريدية)/,
  /^(التعليقات|تعليقات الفيسبوك|اترك تعليق|اترك تعليقا|أضف تعليق|اكتب تعليق)/,
  /(لن يتم نشر عنوان بريدك الإلكتروني|الحقول الإلزامية|الحقول المطلوبة)/,
  /^(العلامات|الوسوم|الكلمات الدلالية|اختر الفئة|التصنيف|الفئة|الفئات|اقرأ أيضا|اقرأ أيضًا|ذات صلة|الأكثر قراءة)\s*:?/,
  /لا (تعكس|يعبر|تعبر) بالضرورة/,
  /(تابعنا|تابعونا)/,
];
