import { describe, expect, it } from 'vitest';
import { mentionAt } from './mention';

describe('mentionAt', () => {
  it('finds the @word being typed right before the caret', () => {
    expect(mentionAt('Nhờ @Kiề', 8)).toEqual({ start: 4, query: 'Kiề' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('Nhờ @Phạm Thị Kiều kiểm tra', 27)).toBeNull();
  });
  it('ignores e-mail addresses and words after a space', () => {
    expect(mentionAt('gửi lan@example.vn', 18)).toBeNull();
    expect(mentionAt('Nhờ @Kiều ', 10)).toBeNull();
  });
  it('looks only at the text before the caret', () => {
    expect(mentionAt('Nhờ @Ki và chị Lan', 7)).toEqual({ start: 4, query: 'Ki' });
  });
});
