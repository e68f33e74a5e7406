import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Be Vietnam Pro (SIL OFL): drawn for Vietnamese, so every diacritic sits where it should. Printed files embed it (subset). */
export const FONTS = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  medium: require.resolve('@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** Registers the three weights on a PDF document as 'regular', 'medium' and 'bold'. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('medium', FONTS.medium);
  doc.registerFont('bold', FONTS.bold);
}
