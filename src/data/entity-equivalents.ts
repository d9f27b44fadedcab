/**
 * Acronyms and short names that translate rather than transliterate: each group lists the forms that
 * name the same thing in different languages ("EU" = "UE" = "الاتحاد الأوروبي"). The entity detector
 * treats a name as matched when any form of its group appears on the other side. Forms are matched as
 * whole words (case-sensitive for acronyms, as written).
 */
export const ENTITY_EQUIVALENTS: readonly (readonly string[])[] = [
  ['EU', 'UE', 'ЕС', 'ΕΕ', 'الاتحاد الأوروبي', 'الاتحاد الاوروبي', 'Europeiska unionen', 'Unia Europejska', 'Unii Europejskiej', 'European Union'],
  ['USA', 'US', 'U.S.', 'USA:s', 'Stany Zjednoczone', 'Stanów Zjednoczonych', 'United States', 'الولايات المتحدة', 'أمريكا', 'الأمريكي', 'الأمريكية', 'الأميركي', 'amerikanska', 'amerikanske', 'Förenta staterna', 'EE.UU.', 'États-Unis'],
  ['UN', 'FN', 'ONZ', 'ONU', 'UNO', 'الأمم المتحدة', 'Förenta nationerna', 'United Nations', 'Narodów Zjednoczonych'],
  ['NATO', 'OTAN', 'Nato', 'الناتو', 'حلف شمال الأطلسي'],
  ['UK', 'Storbritannien', 'Wielka Brytania', 'Wielkiej Brytanii', 'United Kingdom', 'Britain', 'المملكة المتحدة', 'بريطانيا'],
  ['DG', 'GD', 'المديرية العامة'],
  ['EC', 'KE', 'EK', 'Europeiska kommissionen', 'kommissionen', 'Komisja Europejska', 'Komisji Europejskiej', 'European Commission', 'Commission', 'المفوضية الأوروبية', 'المفوضية'],
  ['WHO', 'WHO:s', 'OMS', 'ВОЗ', 'منظمة الصحة العالمية', 'Światowa Organizacja Zdrowia', 'Världshälsoorganisationen'],
  ['IT', 'it', 'IKT', 'ICT'],
  ['PLN', 'zł', 'złotych', 'złote', 'zloty'],
  ['EUR', 'euro', 'euros', 'евро', 'يورو'],
  ['SEK', 'kr', 'kronor', 'koron'],
  ['USD', 'dollar', 'dollars', 'dolarów', 'دولار'],
  ['UNODC', 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة'],
];
