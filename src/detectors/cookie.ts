import { phraseDetector } from './phrase-detector.js';

/** Cookie and consent banners ("We use cookies to …", "Accept all"); banners run long, so the guard is wide. */
export const cookie = phraseDetector({ id: 'cookie', kind: 'cookie', category: 'cookie', containsMaxWords: 80 });
