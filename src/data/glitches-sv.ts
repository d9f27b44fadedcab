/**
 * Swedish machine-translation glitch words: words Google Translate and other engines produce for page
 * furniture that was fed to them with the article. Each is reported as an `artifact` wherever it occurs.
 * Add a word only when it is never a correct word in running text.
 */
import type { GlitchWord } from './glitches.js';

export const GLITCH_WORDS_SV: readonly GlitchWord[] = [
  // Google Translate's rendering of an image caption's "The"/tag label, glued after the file name on
  // machine-translated news pages ("girl_16Smakämnen Global allians ..."); "smakämne" means a flavour.
  { word: 'Smakämnen', note: 'a machine-translation rendering of a caption or tag label ("Smakämnen" means "flavours")' },
];
