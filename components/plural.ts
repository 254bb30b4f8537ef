/** "1 account", "2 accounts": a count with its noun, as the UI says it. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
