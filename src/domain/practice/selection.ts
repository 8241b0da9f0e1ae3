// What a tap on an option does: one choice replaces the last; "Choose TWO"
// never lets a third option be ticked.
import type { OptionId } from '../questions/schema';

export function toggleOption(selected: readonly OptionId[], option: OptionId, choose: number): OptionId[] {
  if (choose === 1) return [option];
  if (selected.includes(option)) return selected.filter((o) => o !== option);
  if (selected.length >= choose) return [...selected];
  return [...selected, option];
}

export function isComplete(selected: readonly OptionId[], choose: number): boolean {
  return selected.length === choose;
}
