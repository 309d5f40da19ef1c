import { describe, expect, it } from '@jest/globals';
import { axisTicks, clip, niceMax, stackSegments } from './chart-model';

describe('niceMax', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [48, 50],
    [51, 100],
    [120, 200],
  ])('should round %i up to %i when it sets the end of the axis', (n, expected) => {
    expect(niceMax(n)).toBe(expected);
  });
});

describe('axisTicks', () => {
  it.each([
    [1, [0, 1]],
    [2, [0, 1, 2]],
    [5, [0, 1, 2, 3, 4, 5]],
    [10, [0, 2, 4, 6, 8, 10]],
    [20, [0, 5, 10, 15, 20]],
    [200, [0, 50, 100, 150, 200]],
  ])('should give whole-number ticks ending on %i when the axis ends there', (max, expected) => {
    expect(axisTicks(max)).toEqual(expected);
  });
});

describe('stackSegments', () => {
  it('should lay segments end to end and drop empty ones when a bar is stacked', () => {
    expect(stackSegments([{ key: 'met', value: 2 }, { key: 'breached', value: 0 }, { key: 'open', value: 3 }], 100, 10)).toEqual([
      { key: 'met', value: 2, x: 100, width: 20 },
      { key: 'open', value: 3, x: 120, width: 30 },
    ]);
  });
});

describe('clip', () => {
  it('should keep a short label and end a long one with an ellipsis when it does not fit', () => {
    expect(clip('Иванова М. С.', 20)).toBe('Иванова М. С.');
    expect(clip('Иванова Мария Сергеевна', 10)).toBe('Иванова М…');
  });
});
