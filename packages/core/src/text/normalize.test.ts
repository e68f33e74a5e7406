import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLike, foldForSearch, nfc } from './normalize.js';

describe('foldForSearch', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['HÀ  NỘI ', 'ha noi'],
    ['Nguyễn Văn A', 'nguyen van a'],
    ['Đặng Thị Đào', 'dang thi dao'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Phở bò', 'pho bo'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('folds composed and decomposed spellings alike', () => {
    const composed = 'Việt Nam'.normalize('NFC');
    const decomposed = 'Việt Nam'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(foldForSearch(composed)).toBe(foldForSearch(decomposed));
  });

  it('is idempotent and leaves no combining marks (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldForSearch(s);
        expect(foldForSearch(once)).toBe(once);
        expect(/\p{Mn}/u.test(once)).toBe(false);
      }),
    );
  });
});

describe('nfc', () => {
  it('turns decomposed Vietnamese into the composed form', () => {
    expect(nfc('Hồ Chí Minh'.normalize('NFD'))).toBe('Hồ Chí Minh'.normalize('NFC'));
  });
});

describe('escapeLike', () => {
  it('escapes wildcards so they match literally', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
