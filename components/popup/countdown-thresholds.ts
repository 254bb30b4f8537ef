/** The next code shows while this many seconds or fewer are left in the window. */
export const NEXT_CODE_SECONDS = 10;
/** The countdown turns urgent at this many seconds or fewer. */
export const URGENT_SECONDS = 5;
